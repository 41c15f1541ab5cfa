import type { Kysely } from 'kysely';
import { serviceDetailsSchema, type ServiceDetails } from '../../domain/directory';
import { auditQueries } from './audit-queries';
import type { Edited } from './directory-queries';
import type { Database } from './schema';

/** The per-point parts of the directory: a referral's contact at one point, and the municipalities a point serves. */
export function pointDirectoryQueries(db: Kysely<Database>, clock: () => Date) {
  const { audit } = auditQueries(db, clock);
  return {
    /** The points' own service entries: point id → referral code → details. Rows that no longer fit are left out. */
    async pointServices(pointIds: string[]): Promise<Map<string, Map<string, Edited<ServiceDetails>>>> {
      const result = new Map<string, Map<string, Edited<ServiceDetails>>>();
      if (pointIds.length === 0) return result;
      const rows = await db
        .selectFrom('directory_point_services')
        .select(['point_id', 'code', 'details', 'updated_at'])
        .where('point_id', 'in', pointIds)
        .orderBy('point_id')
        .orderBy('code')
        .execute();
      for (const row of rows) {
        const parsed = serviceDetailsSchema.safeParse(JSON.parse(row.details));
        if (!parsed.success) continue;
        const own = result.get(row.point_id) ?? new Map<string, Edited<ServiceDetails>>();
        own.set(row.code, { details: parsed.data, updatedAt: row.updated_at });
        result.set(row.point_id, own);
      }
      return result;
    },
    /** Save a point's own entry of a service, with its audit line, in one transaction. */
    async savePointService(
      pointId: string,
      code: string,
      details: ServiceDetails,
      userId: string,
    ): Promise<string> {
      const at = clock().toISOString();
      const row = { details: JSON.stringify(details), updated_at: at, updated_by: userId };
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('directory_point_services')
          .values({ point_id: pointId, code, ...row })
          .onConflict((oc) => oc.columns(['point_id', 'code']).doUpdateSet(row))
          .execute();
        await audit(
          {
            actorKind: 'user',
            actorId: userId,
            action: 'directory-point-service-edited',
            details: { pointId, code },
          },
          trx,
        );
      });
      return at;
    },
    /** Remove a point's own entry, so the county-wide one applies again; false when it had none. */
    async removePointService(pointId: string, code: string, userId: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const { numDeletedRows } = await trx
          .deleteFrom('directory_point_services')
          .where('point_id', '=', pointId)
          .where('code', '=', code)
          .executeTakeFirst();
        if (Number(numDeletedRows) === 0) return false;
        await audit(
          {
            actorKind: 'user',
            actorId: userId,
            action: 'directory-point-service-removed',
            details: { pointId, code },
          },
          trx,
        );
        return true;
      });
    },
    /** The municipality codes each point serves, in code order. */
    async pointMunicipalities(pointIds: string[]): Promise<Map<string, string[]>> {
      const result = new Map<string, string[]>();
      if (pointIds.length === 0) return result;
      const rows = await db
        .selectFrom('point_municipalities')
        .select(['point_id', 'code'])
        .where('point_id', 'in', pointIds)
        .orderBy('point_id')
        .orderBy('code')
        .execute();
      for (const row of rows) result.set(row.point_id, [...(result.get(row.point_id) ?? []), row.code]);
      return result;
    },
    /** Replace the municipalities a point serves, audited, in one transaction. */
    async savePointMunicipalities(pointId: string, codes: string[], userId: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('point_municipalities').where('point_id', '=', pointId).execute();
        if (codes.length > 0) {
          await trx
            .insertInto('point_municipalities')
            .values(codes.map((code) => ({ point_id: pointId, code })))
            .execute();
        }
        await audit(
          {
            actorKind: 'user',
            actorId: userId,
            action: 'point-municipalities-edited',
            details: { pointId, count: codes.length },
          },
          trx,
        );
      });
    },
  };
}
