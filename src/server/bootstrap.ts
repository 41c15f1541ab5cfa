import { hashPassword, type ScryptCost } from './auth/password';
import { passwordProblem } from './auth/password-strength';
import { hashToken, newEnrolmentCode } from './auth/tokens';
import type { Store } from './store/store';

/** A printed setup code works for a day; the next start prints a new one. */
export const SETUP_CODE_HOURS = 24;

/**
 * Make sure an admin can exist: with `user:password` create that admin if there is none yet;
 * otherwise, while no admin exists, return a new one-time setup code for POST /api/v1/setup.
 */
export async function bootstrapAdmin(
  store: Store,
  bootstrap: string | undefined,
  cost: ScryptCost,
  clock: () => Date,
  makeCode = newEnrolmentCode,
): Promise<{ setupCode: string | null }> {
  if (await store.hasAdmin()) return { setupCode: null };
  if (bootstrap) {
    const colon = bootstrap.indexOf(':');
    const username = bootstrap.slice(0, colon);
    const password = bootstrap.slice(colon + 1);
    if (colon < 1 || password.length === 0) {
      throw new Error('NEUVO_BOOTSTRAP_ADMIN must be written as user:password');
    }
    const problem = passwordProblem(password, username);
    if (problem) throw new Error(`NEUVO_BOOTSTRAP_ADMIN: ${problem}`);
    let admin;
    try {
      admin = await store.createUser({
        username,
        passwordHash: await hashPassword(password, cost),
        role: 'admin',
        points: [],
      });
    } catch (error) {
      // Instances started together on one database race here: the losers fail on the username (the
      // check or the unique index) and find the admin the winner made.
      if (await store.hasAdmin()) return { setupCode: null };
      throw error;
    }
    await store.audit({
      actorKind: 'anonymous',
      actorId: null,
      action: 'admin-bootstrapped',
      details: { username: admin.username },
    });
    return { setupCode: null };
  }
  // A new code at every start, valid for 24 hours; the ones other instances printed stay valid.
  const setupCode = makeCode();
  await store.createSetupCode(
    hashToken(setupCode),
    new Date(clock().getTime() + SETUP_CODE_HOURS * 3600_000),
  );
  return { setupCode };
}
