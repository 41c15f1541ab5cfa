import { useLiveQuery } from 'dexie-react-hooks';
import { db as defaultDb, type DeviceRow, type NeuvoDb } from './database';

/** The tablet's enrolment, or undefined before the first enrolment. */
export function getDevice(db: NeuvoDb = defaultDb): Promise<DeviceRow | undefined> {
  return db.device.get('device');
}

/** The enrolment as live React state: undefined while loading, null when not enrolled. */
export function useDevice(db: NeuvoDb = defaultDb): DeviceRow | null | undefined {
  return useLiveQuery(async () => (await db.device.get('device')) ?? null, [db]);
}

/** Store a new enrolment; it replaces an earlier (e.g. revoked) one. Visits are untouched. */
export async function saveDevice(
  device: Omit<DeviceRow, 'key' | 'revokedAt'>,
  db: NeuvoDb = defaultDb,
): Promise<void> {
  await db.device.put({ ...device, key: 'device' });
}

/**
 * Mark the enrolment revoked (the server answered 401): syncing stops and the UI says so. The
 * row and every visit stay, so nothing is lost and a new enrolment can send them.
 */
export async function markDeviceRevoked(at: string, db: NeuvoDb = defaultDb): Promise<void> {
  await db.device.update('device', { revokedAt: at });
}
