import type { Kysely } from 'kysely';

// The service directory: one row per edited entry. A service or point without a row is shown with
// demonstration details (src/domain/directory.ts), so new points and catalogue referrals need no
// seeding and a demonstration value can never be mistaken for a county's own. Never edit once
// released: add a later migration instead.

/** Admin-edited contact details of referral services and of advice points, as JSON text. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('directory_services')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('directory_points')
    .addColumn('point_id', 'text', (c) => c.primaryKey().references('points.id'))
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
}
