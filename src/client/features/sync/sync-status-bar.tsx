import { useDevice } from '../../db/device';
import { useSyncStatus } from '../../db/sync-state';
import { syncNow } from '../../sync/app-sync';
import { formatMoment } from '../../ui/format-time';
import { useLang } from '../../ui/lang-store';
import { fill } from '../../ui/fill';
import { useMessages } from '../../ui/messages';
import { AppLink } from '../../ui/app-link';
import { errorDetail, errorText } from './error-text';
import { syncMessages } from './messages';
import { NeedsAttention } from './needs-attention';
import { useEngineBusy } from './use-engine-busy';
import { useOnline } from './use-online';
import { useOutboxSummary } from './use-outbox-summary';
import { StorageNotice } from './storage-notice';
import { OfflineLimits } from '../../pwa/offline-limits';
import './sync-status.css';

/** Always visible: what waits, when it last went, and what stops it from going. */
export function SyncStatusBar() {
  const t = useMessages(syncMessages);
  const lang = useLang();
  const device = useDevice();
  const status = useSyncStatus();
  const summary = useOutboxSummary();
  const isOnline = useOnline();
  const isBusy = useEngineBusy();
  if (device === undefined || !status || !summary) return null;

  const canSync = device !== null && !device.revokedAt && isOnline && !isBusy;
  const showError = status.lastError && status.lastError.reason !== 'device-revoked' && summary.pending > 0;
  const detail = status.lastError ? errorDetail(status.lastError) : undefined;

  return (
    <section className="sync-status" aria-label={t.region}>
      <p className="sync-counts">
        <strong>{summary.pending > 0 ? fill(t.waiting, { n: summary.pending }) : t.allSent}</strong>{' '}
        <span>
          {status.lastSuccessAt
            ? fill(t.lastSync, { time: formatMoment(status.lastSuccessAt, lang) })
            : t.neverSynced}
        </span>
      </p>
      {!isOnline && <p className="sync-offline">{t.offline}</p>}
      <StorageNotice />
      <OfflineLimits />
      {summary.hasOldPending && (
        <p role="alert" className="sync-warning">
          {t.oldWarning}
        </p>
      )}
      {device === null && (
        <p className="sync-warning">
          {t.notEnrolled} <AppLink to="/enrol">{t.enrolLink}</AppLink>
        </p>
      )}
      {device?.revokedAt && (
        <p role="alert" className="sync-warning">
          {t.revoked} <AppLink to="/enrol">{t.enrolLink}</AppLink>
        </p>
      )}
      {showError && status.lastError && (
        <p className="sync-error">
          {fill(t.lastError, { message: errorText(status.lastError, t) })}{' '}
          {detail && (
            <>
              {t.details} <span lang="en">{detail}</span>{' '}
            </>
          )}
          {status.nextAttemptAt && fill(t.retryAt, { time: formatMoment(status.nextAttemptAt, lang) })}
        </p>
      )}
      {device && !device.revokedAt && (
        <button type="button" onClick={() => void syncNow()} disabled={!canSync}>
          {isBusy ? t.syncing : t.syncNow}
        </button>
      )}
      {summary.rejected.length > 0 && <NeedsAttention rows={summary.rejected} />}
    </section>
  );
}
