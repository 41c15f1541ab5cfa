/**
 * Dispatched on `window` right before the app reloads into a new version. A listener that holds
 * unsaved input (the desk's draft) saves it, passing the save to `event.detail.waitUntil`.
 */
export const BEFORE_UPDATE_EVENT = 'neuvo:before-update';

/** What a `neuvo:before-update` listener receives in `event.detail`. */
export interface BeforeUpdateDetail {
  waitUntil: (work: Promise<unknown>) => void;
}

/** A save that hangs must not keep the update from ever happening; 2 s is far above an IndexedDB write. */
const FLUSH_LIMIT_MS = 2_000;

/** Let every listener save what it holds, and wait for those saves (or the limit) before the reload. */
export async function flushBeforeUpdate(limitMs = FLUSH_LIMIT_MS): Promise<void> {
  const work: Promise<unknown>[] = [];
  const detail: BeforeUpdateDetail = { waitUntil: (promise) => void work.push(promise) };
  window.dispatchEvent(new CustomEvent(BEFORE_UPDATE_EVENT, { detail }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((done) => (timer = setTimeout(done, limitMs)));
  await Promise.race([Promise.allSettled(work), limit]);
  clearTimeout(timer);
  // One more task, so a write a listener started without waitUntil gets its turn too.
  await new Promise((done) => setTimeout(done, 0));
}
