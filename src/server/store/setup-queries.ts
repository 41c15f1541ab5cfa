import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** Wrong setup codes tried before every live setup code is locked (a restart prints a new one). */
export const SETUP_GUESSES = 10;

/** What a setup code given by someone turned out to be. */
export type SetupCodeCheck = 'right' | 'expired' | 'locked' | 'wrong';

/**
 * The setup codes printed at start while no admin exists, hashed, each valid for 24 hours. In the
 * database so every instance behind a load balancer takes the code any of them printed.
 */
export function setupQueries(db: Kysely<Database>, clock: () => Date) {
  return {
    async createSetupCode(codeHash: string, expiresAt: Date): Promise<void> {
      await db
        .insertInto('setup_codes')
        .values({ code_hash: codeHash, expires_at: expiresAt.toISOString() })
        .execute();
    },
    /** Check a code; a right one is spent with every other; a wrong one counts against all live ones. */
    async useSetupCode(codeHash: string): Promise<SetupCodeCheck> {
      const now = clock().toISOString();
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('setup_codes')
          .selectAll()
          .where('code_hash', '=', codeHash)
          .executeTakeFirst();
        if (row && row.expires_at <= now) return 'expired';
        if (row && row.wrong_guesses >= SETUP_GUESSES) return 'locked';
        if (row) {
          await trx.deleteFrom('setup_codes').execute();
          return 'right';
        }
        await trx
          .updateTable('setup_codes')
          .set((eb) => ({ wrong_guesses: eb('wrong_guesses', '+', 1) }))
          .where('expires_at', '>', now)
          .execute();
        return 'wrong';
      });
    },
  };
}
