import type { Kysely } from 'kysely';

// Never edit this file once released: add a later migration instead.

/**
 * Drop the per-point-month indexes of topic and referral rows. Since 0002 tallies read the running
 * counts, and the triggers find a visit's rows through the primary key, so nothing reads these
 * indexes while every synced topic and referral row paid for keeping them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('visit_topics_point_month').execute();
  await db.schema.dropIndex('visit_referrals_point_month').execute();
}
