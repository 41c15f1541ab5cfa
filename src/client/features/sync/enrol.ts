import { enrolAnswerSchema } from '../../../domain/accounts-api';
import { saveDevice } from '../../db/device';
import { updateSyncStatus } from '../../db/sync-state';
import { apiJson } from '../../session/api-client';

/**
 * Enrol this tablet with a one-time code (POST /api/v1/devices/enrol) and keep the token. A
 * previous (revoked) enrolment is replaced; visits stay and go out with the new token.
 */
export async function enrolDevice(
  code: string,
  label: string,
  now: () => Date = () => new Date(),
): Promise<void> {
  const answer = await apiJson('/api/v1/devices/enrol', enrolAnswerSchema, {
    method: 'POST',
    body: { code: code.trim(), label: label.trim() },
  });
  await saveDevice({ ...answer, label: label.trim(), enrolledAt: now().toISOString() });
  await updateSyncStatus({ lastError: null, consecutiveFailures: 0, nextAttemptAt: null });
}
