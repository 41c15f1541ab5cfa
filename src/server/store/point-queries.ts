import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** A point as the API shows it. */
export interface Point {
  id: string;
  name: string;
}

/** Advice points. */
export function pointQueries(db: Kysely<Database>, clock: () => Date) {
  return {
    /** Create a point; false when the id is taken. */
    async createPoint(point: Point): Promise<boolean> {
      const result = await db
        .insertInto('points')
        .values({ id: point.id, name: point.name, created_at: clock().toISOString() })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    /** All points, or only the given ids. */
    async listPoints(only?: string[]): Promise<Point[]> {
      let query = db.selectFrom('points').select(['id', 'name']).orderBy('id');
      if (only) {
        if (only.length === 0) return [];
        query = query.where('id', 'in', only);
      }
      return query.execute();
    },
    async pointById(id: string): Promise<Point | undefined> {
      return db.selectFrom('points').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
    },
  };
}
