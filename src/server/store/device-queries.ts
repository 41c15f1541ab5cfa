import type { Kysely } from 'kysely';
import type { Device } from '../../domain/accounts-api';
import type { DeviceHealth } from '../../domain/device-health';
import type { Database, DeviceRow } from './schema';

const toDevice = (row: DeviceRow): Device => ({
  id: row.id,
  pointId: row.point_id,
  label: row.label,
  enrolledAt: row.enrolled_at,
  revokedAt: row.revoked_at,
  lastSyncAt: row.last_sync_at,
  health:
    row.health_reported_at === null
      ? null
      : {
          appVersion: row.app_version ?? '',
          catalogueVersion: row.catalogue_version,
          isStoragePersisted: row.storage_persisted === null ? null : row.storage_persisted === 1,
          pendingVisits: row.pending_visits ?? 0,
          oldestPendingAt: row.oldest_pending_at,
          reportedAt: row.health_reported_at,
        },
});

/** Wrong codes tried while a code is live before it is locked. */
export const ENROLMENT_GUESSES = 5;

/** Enrolment codes and the devices they enrol. Codes and tokens arrive here already hashed. */
export function deviceQueries(db: Kysely<Database>, clock: () => Date) {
  return {
    async createEnrolment(pointId: string, codeHash: string, expiresAt: Date): Promise<void> {
      await db
        .insertInto('enrolments')
        .values({
          code_hash: codeHash,
          point_id: pointId,
          expires_at: expiresAt.toISOString(),
          used_at: null,
        })
        .execute();
    },
    /**
     * Spend an enrolment code and create the device in one transaction: the conditional update
     * marks the code used only if it still was unused and unexpired, so a code enrols one tablet
     * even when two try at once. Undefined when the code is unknown, used or expired; 'locked'
     * when it is right but was locked. A wrong code counts as a wrong guess at every live code
     * (no code can be told from another by a wrong guess), and a code with ENROLMENT_GUESSES
     * wrong guesses is locked: across every instance, since the count lives in the database.
     */
    async enrolDevice(input: {
      codeHash: string;
      deviceId: string;
      label: string;
      tokenHash: string;
    }): Promise<Device | 'locked' | undefined> {
      const now = clock().toISOString();
      return db.transaction().execute(async (trx) => {
        const spent = await trx
          .updateTable('enrolments')
          .set({ used_at: now })
          .where('code_hash', '=', input.codeHash)
          .where('used_at', 'is', null)
          .where('expires_at', '>', now)
          .where('wrong_guesses', '<', ENROLMENT_GUESSES)
          .returning('point_id')
          .executeTakeFirst();
        if (!spent) {
          const live = trx
            .updateTable('enrolments')
            .where('used_at', 'is', null)
            .where('expires_at', '>', now);
          const locked = await live
            .set({ wrong_guesses: ENROLMENT_GUESSES })
            .where('code_hash', '=', input.codeHash)
            .returning('code_hash')
            .executeTakeFirst();
          if (locked) return 'locked';
          await live.set((eb) => ({ wrong_guesses: eb('wrong_guesses', '+', 1) })).execute();
          return undefined;
        }
        const row: DeviceRow = {
          id: input.deviceId,
          point_id: spent.point_id,
          label: input.label,
          token_hash: input.tokenHash,
          enrolled_at: now,
          revoked_at: null,
          last_sync_at: null,
          app_version: null,
          catalogue_version: null,
          storage_persisted: null,
          pending_visits: null,
          oldest_pending_at: null,
          health_reported_at: null,
        };
        await trx.insertInto('devices').values(row).execute();
        return toDevice(row);
      });
    },
    /** The device behind a token hash, revoked or not (the caller decides what revoked means). */
    async deviceByTokenHash(tokenHash: string): Promise<Device | undefined> {
      const row = await db
        .selectFrom('devices')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row && toDevice(row);
    },
    async listDevices(): Promise<Device[]> {
      return (
        await db.selectFrom('devices').selectAll().orderBy('point_id').orderBy('enrolled_at').execute()
      ).map(toDevice);
    },
    /** Note that a device synced now (its batch was answered), for the supervisors' dashboard. */
    async markDeviceSynced(id: string): Promise<void> {
      await db
        .updateTable('devices')
        .set({ last_sync_at: clock().toISOString() })
        .where('id', '=', id)
        .execute();
    },
    /** Keep what a device reported of its health (one small update; the last report wins). */
    async recordDeviceHealth(id: string, health: DeviceHealth): Promise<void> {
      await db
        .updateTable('devices')
        .set({
          app_version: health.appVersion,
          catalogue_version: health.catalogueVersion,
          storage_persisted: health.isStoragePersisted === null ? null : Number(health.isStoragePersisted),
          pending_visits: health.pendingVisits,
          oldest_pending_at: health.oldestPendingAt,
          health_reported_at: clock().toISOString(),
        })
        .where('id', '=', id)
        .execute();
    },
    /** Revoke a device; false when there is no such device. Revoking twice keeps the first time. */
    async revokeDevice(id: string): Promise<boolean> {
      const device = await db
        .selectFrom('devices')
        .select(['id', 'revoked_at'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!device) return false;
      if (device.revoked_at === null) {
        await db
          .updateTable('devices')
          .set({ revoked_at: clock().toISOString() })
          .where('id', '=', id)
          .execute();
      }
      return true;
    },
  };
}
