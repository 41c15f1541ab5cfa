import type { Kysely } from 'kysely';

// Never edit this file once released: add a later migration instead.

/**
 * What must hold across every instance behind a load balancer lives here, not in memory: disabled
 * accounts, a forced password change, sessions' start times, the admins' second factor and their
 * recovery codes (hashed), wrong guesses at enrolment codes, and the setup codes with their expiry.
 *
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
  await db.schema
    .alterTable('users')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('users').addColumn('totp_secret', 'text').execute();
  await db.schema.alterTable('users').addColumn('totp_confirmed_at', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('created_at', 'text').execute();
  await db.schema
    .alterTable('enrolments')
    .addColumn('wrong_guesses', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('recovery_codes')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addPrimaryKeyConstraint('recovery_codes_pk', ['user_id', 'code_hash'])
    .execute();
  await db.schema
    .createTable('setup_codes')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('wrong_guesses', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
