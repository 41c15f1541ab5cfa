import { useLayoutEffect, useRef, useState } from 'react';
import { clearDraft, saveDraft } from '../../db/drafts';
import { BEFORE_UPDATE_EVENT, type BeforeUpdateDetail } from '../../pwa/before-update';
import type { DeskFormValues } from './form-schema';
import type { DeskForm } from './use-desk-form';

/** How long typing may pause before the draft is written. */
export const DRAFT_DELAY_MS = 300;

/**
 * Keep the half-filled form in the drafts table: debounced while staff tap, and at once when the
 * page is hidden or unloaded (a closed tab) and before an app update reloads it, so a reload or a crash cannot lose it.
 * Returns `cancel` (call it before saving, so a late draft write cannot bring back a saved form),
 * `keepNow` and whether the last draft write failed.
 */
export function useDraftAutosave(
  watch: DeskForm['watch'],
  visitId: string | undefined,
  isDraftStale: boolean,
) {
  const cancelRef = useRef<() => void>(() => undefined);
  const [hasFailed, setHasFailed] = useState(false);

  // A form after Save, Clear or Edit drops the draft, the previous form's: that form's
  // last write, made as it unmounted, was queued before this and so cannot bring it back. Both
  // effects run as the form appears (layout effects), so a tap at once cannot come before them:
  // its change would go unheard, or its write be dropped by this clear.
  useLayoutEffect(() => {
    if (isDraftStale) clearDraft().catch(() => setHasFailed(true));
  }, [isDraftStale]);

  useLayoutEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest: DeskFormValues | undefined;
    // With nothing new to write, the write under way is awaited: an update's reload must wait for
    // a debounced write that already started. IndexedDB runs the writes in the order they began.
    let writing = Promise.resolve();
    const write = (): Promise<void> => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (!latest) return writing;
      const values = latest;
      latest = undefined;
      writing = saveDraft(values, visitId, new Date()).then(
        () => setHasFailed(false),
        () => setHasFailed(true),
      );
      return writing;
    };
    const onHide = () => void write();
    // The update prompt waits for this write before it reloads into the new version.
    const onBeforeUpdate = (event: Event) =>
      (event as CustomEvent<BeforeUpdateDetail>).detail.waitUntil(write());
    const subscription = watch((values) => {
      latest = structuredClone(values) as DeskFormValues;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(write, DRAFT_DELAY_MS);
    });
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void write();
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener(BEFORE_UPDATE_EVENT, onBeforeUpdate);
    document.addEventListener('visibilitychange', onHidden);
    cancelRef.current = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      latest = undefined;
    };
    return () => {
      // Unmounting with changes not yet written (e.g. switching to edit another visit) writes them now.
      void write();
      subscription.unsubscribe();
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener(BEFORE_UPDATE_EVENT, onBeforeUpdate);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [watch, visitId]);

  /** Write these values now (after a failed save, whose `cancel` dropped a pending write). */
  const keepNow = (values: DeskFormValues) =>
    saveDraft(values, visitId, new Date()).then(
      () => setHasFailed(false),
      () => setHasFailed(true),
    );

  return { cancel: () => cancelRef.current(), keepNow, hasFailed };
}
