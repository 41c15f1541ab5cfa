import type { Kysely } from 'kysely';

// Never edit this file once released: add a later migration instead.

/**
 * The last TOTP time step a person signed in with, so a code seen over their shoulder cannot be
 * used again within its 30 seconds (ASVS 2.8.4); in the database so every instance refuses it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('totp_last_step', 'integer').execute();
}
