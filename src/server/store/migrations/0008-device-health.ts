import type { Kysely } from 'kysely';

// Never edit this file once released: add a later migration instead.

/** What each tablet last reported of its own health (see domain/device-health.ts); null until it does. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [column, type] of [
    ['app_version', 'text'],
    ['catalogue_version', 'text'],
    ['storage_persisted', 'integer'],
    ['pending_visits', 'integer'],
    ['oldest_pending_at', 'text'],
    ['health_reported_at', 'text'],
  ] as const) {
    await db.schema.alterTable('devices').addColumn(column, type).execute();
  }
}
