import type { Kysely } from 'kysely';
import {
  pointContactSchema,
  serviceDetailsSchema,
  type PointContact,
  type ServiceDetails,
} from '../../domain/directory';
import { auditQueries } from './audit-queries';
import type { Database } from './schema';

/** An entry as an admin last saved it. */
export interface Edited<T> {
  details: T;
  updatedAt: string;
}

/** The service directory: admin-edited details of services (by referral code) and points. */
export function directoryQueries(db: Kysely<Database>, clock: () => Date) {
  const { audit } = auditQueries(db, clock);
  return {
    /** Every edited service, by referral code. Rows that no longer fit the schema are left out (shown as demonstration). */
    async editedServices(): Promise<Map<string, Edited<ServiceDetails>>> {
      const rows = await db
        .selectFrom('directory_services')
        .select(['code', 'details', 'updated_at'])
        .execute();
      return new Map(
        rows.flatMap((r) =>
          parsed(serviceDetailsSchema, r.details, r.updated_at).map((e) => [r.code, e] as const),
        ),
      );
    },
    /** Every edited point among `pointIds`, by point id. */
    async editedPoints(pointIds: string[]): Promise<Map<string, Edited<PointContact>>> {
      if (pointIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('directory_points')
        .select(['point_id', 'details', 'updated_at'])
        .where('point_id', 'in', pointIds)
        .execute();
      return new Map(
        rows.flatMap((r) =>
          parsed(pointContactSchema, r.details, r.updated_at).map((e) => [r.point_id, e] as const),
        ),
      );
    },
    /** Save a service's details and its audit line in one transaction. */
    async saveService(code: string, details: ServiceDetails, userId: string): Promise<string> {
      const at = clock().toISOString();
      const row = { details: JSON.stringify(details), updated_at: at, updated_by: userId };
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('directory_services')
          .values({ code, ...row })
          .onConflict((oc) => oc.column('code').doUpdateSet(row))
          .execute();
        await audit(
          { actorKind: 'user', actorId: userId, action: 'directory-service-edited', details: { code } },
          trx,
        );
      });
      return at;
    },
    /** Save a point's contact details and its audit line in one transaction. */
    async savePointContact(pointId: string, details: PointContact, userId: string): Promise<string> {
      const at = clock().toISOString();
      const row = { details: JSON.stringify(details), updated_at: at, updated_by: userId };
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('directory_points')
          .values({ point_id: pointId, ...row })
          .onConflict((oc) => oc.column('point_id').doUpdateSet(row))
          .execute();
        await audit(
          { actorKind: 'user', actorId: userId, action: 'directory-point-edited', details: { pointId } },
          trx,
        );
      });
      return at;
    },
  };
}

function parsed<T>(
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } },
  json: string,
  updatedAt: string,
): Edited<T>[] {
  const result = schema.safeParse(JSON.parse(json));
  return result.success ? [{ details: result.data, updatedAt }] : [];
}
