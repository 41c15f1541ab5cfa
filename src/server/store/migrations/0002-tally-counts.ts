import { sql, type Kysely } from 'kysely';

// Never edit this file once released: add 0003-… instead.

/**
 * Covering indexes for tallies. Each tally query reads one of these alone (no table lookups):
 * the visits index holds only counted rows (partial on `deleted = 0`) with the columns grouped by,
 * and the topic index carries `visit_id` so a topic group counts each visit once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('visits_tally')
    .on('visits')
    .columns(['point_id', 'visit_month', 'age_group', 'sector'])
    .where(sql.ref('deleted'), '=', 0)
    .execute();
  await db.schema
    .createIndex('visit_topics_group_tally')
    .on('visit_topics')
    .columns(['point_id', 'visit_month', 'topic_group', 'visit_id'])
    .execute();
}
