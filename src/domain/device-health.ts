import { z } from 'zod/mini';

/**
 * What a tablet tells the server of its own state with each sync, in one additive header (JSON),
 * so admins see tablets in trouble before visits are lost. Nothing personal: versions, a flag,
 * a count and a time.
 */
export const DEVICE_HEALTH_HEADER = 'x-neuvo-device-health';

/** What a tablet reports of itself with each sync (in the header above), for the admins' device list. */
export const deviceHealthSchema = z.object({
  appVersion: z.string().check(z.minLength(1), z.maxLength(40)),
  catalogueVersion: z.nullable(z.string().check(z.maxLength(64))),
  isStoragePersisted: z.nullable(z.boolean()),
  pendingVisits: z.number().check(z.int(), z.minimum(0)),
  oldestPendingAt: z.nullable(z.iso.datetime({ offset: true })),
});
export type DeviceHealth = z.infer<typeof deviceHealthSchema>;

/** The health a device last reported, and when the server heard it. */
export const reportedHealthSchema = z.object({
  ...deviceHealthSchema.shape,
  reportedAt: z.string(),
});
export type ReportedHealth = z.infer<typeof reportedHealthSchema>;

/** Why an admin should look at a tablet. */
export type DeviceWarning =
  'not-synced-24h' | 'storage-not-persisted' | 'visits-pending-24h' | 'old-app-version';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Dotted versions compared number by number: -1, 0 or 1. */
function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.+-]/).map((p) => Number.parseInt(p, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** The warnings for one unrevoked device at `now`, given the app version the server ships. */
export function deviceWarnings(
  device: { lastSyncAt: string | null; revokedAt: string | null; health?: ReportedHealth | null | undefined },
  now: Date,
  currentAppVersion: string,
): DeviceWarning[] {
  if (device.revokedAt) return [];
  const warnings: DeviceWarning[] = [];
  const lastHeard = [device.lastSyncAt, device.health?.reportedAt]
    .filter((t): t is string => !!t)
    .map((t) => Date.parse(t));
  if (lastHeard.length === 0 || now.getTime() - Math.max(...lastHeard) > DAY_MS)
    warnings.push('not-synced-24h');
  const health = device.health;
  if (!health) return warnings;
  if (health.isStoragePersisted === false) warnings.push('storage-not-persisted');
  if (health.oldestPendingAt && now.getTime() - Date.parse(health.oldestPendingAt) > DAY_MS) {
    warnings.push('visits-pending-24h');
  }
  if (compareVersions(health.appVersion, currentAppVersion) < 0) warnings.push('old-app-version');
  return warnings;
}
