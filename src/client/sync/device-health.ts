import type { DeviceHealth } from '../../domain/device-health';
import { getCatalogue } from '../db/catalogue';
import type { NeuvoDb } from '../db/database';
import { countPending, oldestPendingRecordedAt } from '../db/outbox';
import { readStorageInfo } from '../db/storage-info';
import { APP_VERSION } from '../pwa/app-version';

/** What this tablet reports of itself with each sync: versions, storage, and what waits to be sent. */
export async function readDeviceHealth(db: NeuvoDb): Promise<DeviceHealth> {
  const [pendingVisits, oldestPendingAt, storage, catalogue] = await Promise.all([
    countPending(db),
    oldestPendingRecordedAt(db),
    readStorageInfo(),
    getCatalogue(db),
  ]);
  return {
    appVersion: APP_VERSION,
    catalogueVersion: catalogue.version,
    isStoragePersisted: storage.isPersisted,
    pendingVisits,
    oldestPendingAt,
  };
}
