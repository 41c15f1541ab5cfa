import { lazy, Suspense } from 'react';

// The sync engine and its status come after the desk's first frame, so their code (the engine, its
// transport, the sync protocol's schemas) is a chunk of its own, precached like the rest: a tablet's
// cold start then neither compiles nor runs it before the form is up.
const LazyStatusBar = lazy(() =>
  import('../features/sync/sync-status-bar').then((m) => ({ default: m.SyncStatusBar })),
);
const LazyAttentionBadge = lazy(() =>
  import('../features/sync/sync-attention-badge').then((m) => ({ default: m.SyncAttentionBadge })),
);

/** The sync status bar, drawn once its code has loaded. */
export function SyncStatus() {
  return (
    <Suspense fallback={null}>
      <LazyStatusBar />
    </Suspense>
  );
}

/** The day tab's mark that sending needs a person, drawn once its code has loaded. */
export function SyncAlert() {
  return (
    <Suspense fallback={null}>
      <LazyAttentionBadge />
    </Suspense>
  );
}

/** Load and start the app's sync engine (once: a later call finds it running). */
export async function startSync(): Promise<void> {
  const { startAppSync } = await import('../sync/app-sync');
  startAppSync();
}
