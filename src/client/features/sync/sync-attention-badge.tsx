import { useDevice } from '../../db/device';
import { useMessages } from '../../ui/messages';
import { syncMessages } from './messages';
import { useOutboxSummary } from './use-outbox-summary';

/**
 * A mark for where the sync status is out of sight (the desk's second tab on a narrow screen):
 * shown while something stops visits from being sent or needs a person, as the status's own
 * warnings would say (not enrolled, revoked, visits waiting over a day, visits refused). Drawn
 * over its place, so appearing moves nothing.
 */
export function SyncAttentionBadge() {
  const t = useMessages(syncMessages);
  const device = useDevice();
  const summary = useOutboxSummary();
  if (device === undefined || !summary) return null;
  const needsAttention =
    device === null || Boolean(device.revokedAt) || summary.hasOldPending || summary.rejected.length > 0;
  if (!needsAttention) return null;
  return (
    <span className="sync-attention-badge">
      <span aria-hidden="true">!</span>
      <span className="visually-hidden">{` (${t.attentionBadge})`}</span>
    </span>
  );
}
