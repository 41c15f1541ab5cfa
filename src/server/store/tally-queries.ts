import type { Kysely } from 'kysely';
import type { Sector } from '../../domain/visit';
import type { TallyCounts } from '../../domain/tally';
import type { Database } from './schema';

/** What a tally covers: the months `from`..`to` (inclusive, YYYY-MM) at these points. */
export interface TallyRange {
  from: string;
  to: string;
  points: string[];
}

/** A tablet of a covered point and when it last synced, so a supervisor sees when a month is incomplete. */
export interface CoveredDevice {
  pointId: string;
  label: string;
  lastSyncAt: string | null;
}

/**
 * Tallies computed in the database. The raw counts have the domain's `TallyCounts` shape and mean
 * what `countVisits` means: only `deleted = 0` rows are counted (child rows exist only for the
 * current rev of counted visits), months are the stored Helsinki `visit_month`, never a timestamp.
 * Every query is answered from one covering index of migration 0002.
 */
export function tallyQueries(db: Kysely<Database>) {
  return {
    /** Raw counts for `buildTally`; an empty point list counts nothing. */
    async tallyCounts(range: TallyRange): Promise<TallyCounts> {
      if (range.points.length === 0) return { cells: [], topics: [], topicGroups: [], referrals: [] };
      const { from, to, points } = range;
      const [cells, topics, topicGroups, referrals] = await Promise.all([
        db
          .selectFrom('visits')
          .select(['visit_month', 'age_group', 'sector', (eb) => eb.fn.countAll<number>().as('n')])
          .where('point_id', 'in', points)
          .where('visit_month', '>=', from)
          .where('visit_month', '<=', to)
          .where('deleted', '=', 0)
          .groupBy(['visit_month', 'age_group', 'sector'])
          .execute(),
        db
          .selectFrom('visit_topics')
          .select(['topic as code', (eb) => eb.fn.countAll<number>().as('n')])
          .where('point_id', 'in', points)
          .where('visit_month', '>=', from)
          .where('visit_month', '<=', to)
          .groupBy('topic')
          .execute(),
        // A visit with two topics of one group counts once for the group.
        db
          .selectFrom('visit_topics')
          .select(['topic_group as code', (eb) => eb.fn.count<number>('visit_id').distinct().as('n')])
          .where('point_id', 'in', points)
          .where('visit_month', '>=', from)
          .where('visit_month', '<=', to)
          .groupBy('topic_group')
          .execute(),
        db
          .selectFrom('visit_referrals')
          .select(['referral as code', (eb) => eb.fn.countAll<number>().as('n')])
          .where('point_id', 'in', points)
          .where('visit_month', '>=', from)
          .where('visit_month', '<=', to)
          .groupBy('referral')
          .execute(),
      ]);
      const counts = (rows: { code: string; n: number | string | bigint }[]) => rows.map((r) => ({ code: r.code, count: Number(r.n) }));
      return {
        cells: cells.map((r) => ({ month: r.visit_month, ageGroup: r.age_group, sector: r.sector as Sector, visits: Number(r.n) })),
        topics: counts(topics),
        topicGroups: counts(topicGroups),
        referrals: counts(referrals),
      };
    },
    /** The tablets (not revoked) of the points, with their last sync time. */
    async coveredDevices(points: string[]): Promise<CoveredDevice[]> {
      if (points.length === 0) return [];
      const rows = await db
        .selectFrom('devices')
        .select(['point_id', 'label', 'last_sync_at'])
        .where('point_id', 'in', points)
        .where('revoked_at', 'is', null)
        .orderBy('point_id')
        .orderBy('label')
        .execute();
      return rows.map((r) => ({ pointId: r.point_id, label: r.label, lastSyncAt: r.last_sync_at }));
    },
  };
}
