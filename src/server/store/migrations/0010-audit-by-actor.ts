import type { Kysely } from 'kysely';

// Never edit this file once released: add a later migration instead.

/**
 * The admins' audit page filters by who acted: an index on (actor_id, at) finds one person's or
 * one tablet's lines newest first without reading the whole log (the log keeps 24 months).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('audit_log_actor_at').on('audit_log').columns(['actor_id', 'at']).execute();
}
