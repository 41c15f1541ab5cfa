import { useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useMessages } from '../ui/messages';
import { flushBeforeUpdate } from './before-update';
import { pwaMessages } from './messages';
import { checkForUpdatesHourly } from './update-check';
import './update-prompt.css';

/**
 * Registers the service worker and, when a new version waits, offers it in a banner that never
 * takes focus or blocks the form. Nothing reloads until someone taps Update; the page's drafts are
 * flushed first.
 */
export function UpdatePrompt() {
  const t = useMessages(pwaMessages);
  const [isUpdating, setIsUpdating] = useState(false);
  const {
    needRefresh: [hasUpdate],
    offlineReady: [isOfflineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    // After the load event: the first visit's bandwidth goes to the page, then to the precache.
    immediate: false,
    onRegisteredSW: (_url, registration) => checkForUpdatesHourly(registration),
    // Also runs when another tab took the update: this page's old chunks are gone from the cache.
    onNeedReload: () => void flushBeforeUpdate().then(() => window.location.reload()),
  });

  const update = async () => {
    setIsUpdating(true);
    await flushBeforeUpdate();
    await updateServiceWorker(true);
  };

  return (
    <>
      {(hasUpdate || isOfflineReady) && <div className="pwa-notice-spacer" />}
      <div className="pwa-notice" role="status">
        {hasUpdate ? (
          <>
            <p>{t.available}</p>
            <button type="button" onClick={() => void update()} disabled={isUpdating}>
              {isUpdating ? t.updating : t.update}
            </button>
          </>
        ) : (
          isOfflineReady && (
            <>
              <p>{t.offlineReady}</p>
              <button type="button" onClick={() => setOfflineReady(false)}>
                {t.close}
              </button>
            </>
          )
        )}
      </div>
    </>
  );
}
