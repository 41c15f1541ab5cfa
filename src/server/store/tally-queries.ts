import { sql, type Kysely } from 'kysely';
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
 * Tallies computed in the database from the running counts of migration 0002, which triggers keep
 * by the domain's rules (see `countVisits`): only `deleted = 0` visits are counted, a topic group
 * once per visit, and months are the stored Helsinki `visit_month`, never a timestamp.
 */
export function tallyQueries(db: Kysely<Database>) {
  return {
    /** Raw counts for `buildTally`; an empty point list counts nothing. */
    async tallyCounts(range: TallyRange): Promise<TallyCounts> {
      if (range.points.length === 0) return { cells: [], topics: [], topicGroups: [], referrals: [] };
      const { from, to, points } = range;
      const sumOf = <T extends 'tally_topics' | 'tally_topic_groups' | 'tally_referrals'>(
        table: T,
        key: 'topic' | 'topic_group' | 'referral',
      ) =>
        db
          .selectFrom(table as 'tally_topics')
          .select([sql.ref<string>(key).as('code'), (eb) => eb.fn.sum<number>('visits').as('n')])
          .where('point_id', 'in', points)
          .where('visit_month', '>=', from)
          .where('visit_month', '<=', to)
          .groupBy(sql.ref(key))
          .having((eb) => eb.fn.sum('visits'), '>', 0)
          .execute();
      const [cells, topics, topicGroups, referrals] = await Promise.all([
        db
          .selectFrom('tally_cells')
          .select(['visit_month', 'age_group', 'sector', (eb) => eb.fn.sum<number>('visits').as('n')])
          .where('point_id', 'in', points)
          .where('visit_month', '>=', from)
          .where('visit_month', '<=', to)
          .groupBy(['visit_month', 'age_group', 'sector'])
          .having((eb) => eb.fn.sum('visits'), '>', 0)
          .execute(),
        sumOf('tally_topics', 'topic'),
        sumOf('tally_topic_groups', 'topic_group'),
        sumOf('tally_referrals', 'referral'),
      ]);
      const counts = (rows: { code: string; n: number | string | bigint }[]) =>
        rows.map((r) => ({ code: r.code, count: Number(r.n) }));
      return {
        cells: cells.map((r) => ({
          month: r.visit_month,
          ageGroup: r.age_group,
          sector: r.sector as Sector,
          visits: Number(r.n),
        })),
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
