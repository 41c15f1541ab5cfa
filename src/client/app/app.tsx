import { lazy, Suspense, useEffect, useRef } from 'react';
import { AppFooter } from '../ui/app-footer';
import { AppHeader } from '../ui/app-header';
import { useLocation } from '../ui/navigation';
import { isDesk, pageFor } from './routes';
import { startSync, SyncStatus } from './sync-parts';
import { useIsIdle } from './use-is-idle';
import { useRouteHeading } from './use-route-heading';

// Loaded when first mounted (once the page is idle, below): not part of the first load.
const UpdatePrompt = lazy(() => import('../pwa/update-prompt').then((m) => ({ default: m.UpdatePrompt })));

/** The app shell: layout, navigation and the current page. */
export function App() {
  const url = useLocation();
  const main = useRef<HTMLElement>(null);
  // The service worker already serves this page; registering it (and loading workbox-window) can
  // wait until the first screen is up, instead of running in the middle of a tablet's cold start.
  const isIdle = useIsIdle();
  useRouteHeading(main, url.pathname);
  const page = pageFor(url);
  // The engine runs for the life of the page; on a browser that is not an enrolled tablet it sends nothing.
  useEffect(() => void startSync(), []);
  return (
    <>
      <AppHeader path={url.pathname} />
      <main ref={main}>
        {/* The desk places it itself: beside its form on a landscape tablet. */}
        {isTabletPage(url) && !isDesk(page) && <SyncStatus />}
        <Suspense fallback={<p role="status">…</p>}>{page}</Suspense>
        {isIdle && (
          <Suspense fallback={null}>
            <UpdatePrompt />
          </Suspense>
        )}
      </main>
      <AppFooter />
    </>
  );
}

/** Supervisor and admin pages are used on any browser, and a slip is printed: no sync status there. */
function isTabletPage(url: URL): boolean {
  return !/^\/(admin|reports|enrol|slip)(\/|$)/.test(url.pathname);
}
