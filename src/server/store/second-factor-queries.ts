import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** A person's second factor as stored: the sealed secret, whether it is confirmed, the last step used. */
export interface StoredSecondFactor {
  sealedSecret: string | null;
  isConfirmed: boolean;
  lastStep: number | null;
}

/** TOTP secrets (sealed before they arrive here) and recovery codes (hashed before they arrive here). */
export function secondFactorQueries(db: Kysely<Database>, clock: () => Date) {
  return {
    async secondFactorOf(userId: string): Promise<StoredSecondFactor | undefined> {
      const row = await db
        .selectFrom('users')
        .select(['totp_secret', 'totp_confirmed_at', 'totp_last_step'])
        .where('id', '=', userId)
        .executeTakeFirst();
      return (
        row && {
          sealedSecret: row.totp_secret,
          isConfirmed: row.totp_confirmed_at !== null,
          lastStep: row.totp_last_step,
        }
      );
    },
    /** Keep a new, unconfirmed secret; false (nothing changed) when a confirmed one exists. */
    async startSecondFactor(userId: string, sealedSecret: string): Promise<boolean> {
      const result = await db
        .updateTable('users')
        .set({ totp_secret: sealedSecret, totp_last_step: null })
        .where('id', '=', userId)
        .where('totp_confirmed_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Confirm the secret with the step of the code given, and replace the recovery codes, in one transaction. */
    async confirmSecondFactor(userId: string, step: number, recoveryCodeHashes: string[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ totp_confirmed_at: clock().toISOString(), totp_last_step: step })
          .where('id', '=', userId)
          .execute();
        await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
        await trx
          .insertInto('recovery_codes')
          .values(recoveryCodeHashes.map((code_hash) => ({ user_id: userId, code_hash, used_at: null })))
          .execute();
      });
    },
    /**
     * Take a code's time step if it is later than the last one taken; false when it is not (the code
     * was used already). One conditional update, so two instances cannot both take the same code.
     */
    async takeTotpStep(userId: string, step: number): Promise<boolean> {
      const result = await db
        .updateTable('users')
        .set({ totp_last_step: step })
        .where('id', '=', userId)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Use up a recovery code; false when it is unknown or already used. */
    async useRecoveryCode(userId: string, codeHash: string): Promise<boolean> {
      const result = await db
        .updateTable('recovery_codes')
        .set({ used_at: clock().toISOString() })
        .where('user_id', '=', userId)
        .where('code_hash', '=', codeHash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async unusedRecoveryCodes(userId: string): Promise<number> {
      const row = await db
        .selectFrom('recovery_codes')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** Remove a person's second factor and recovery codes and end their sessions (an admin's reset). */
    async resetSecondFactor(userId: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ totp_secret: null, totp_confirmed_at: null, totp_last_step: null })
          .where('id', '=', userId)
          .execute();
        await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
        await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
      });
    },
  };
}
