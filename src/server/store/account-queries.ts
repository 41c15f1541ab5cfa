import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database, UserRow } from './schema';

export type Role = UserRow['role'];

/** A signed-in person as the guards see them (never the hash). */
export interface Account {
  id: string;
  username: string;
  role: Role;
  points: string[];
  /** An admin set the password: only changing it is allowed until then. */
  mustChangePassword: boolean;
  /** An authenticator is enrolled and confirmed. */
  hasSecondFactor: boolean;
}

/** An account as an admin's list shows it. */
export interface AccountSummary extends Account {
  isDisabled: boolean;
  /** Their newest sign-in still in the audit log; null when none is (never, or pruned). */
  lastSignInAt: string | null;
}

/** What an admin may change about an account in one go. */
export interface AccountChange {
  role?: Role;
  points?: string[];
  isDisabled?: boolean;
}

/** Users and their points. Passwords arrive here already hashed. */
export function accountQueries(db: Kysely<Database>, clock: () => Date) {
  const pointsOf = async (userId: string, executor: Kysely<Database> = db) =>
    (
      await executor
        .selectFrom('user_points')
        .select('point_id')
        .where('user_id', '=', userId)
        .orderBy('point_id')
        .execute()
    ).map((r) => r.point_id);
  const activeAdmins = async (trx: Transaction<Database>) =>
    Number(
      (
        await trx
          .selectFrom('users')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('role', '=', 'admin')
          .where('disabled_at', 'is', null)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    /** Create a user with points; throws `UsernameTakenError` when the name exists. */
    async createUser(input: {
      username: string;
      passwordHash: string;
      role: Role;
      points: string[];
    }): Promise<Account> {
      const id = randomUUID();
      await db.transaction().execute(async (trx) => {
        const taken = await trx
          .selectFrom('users')
          .select('id')
          .where('username', '=', input.username)
          .executeTakeFirst();
        if (taken) throw new UsernameTakenError(input.username);
        await trx
          .insertInto('users')
          .values({
            id,
            username: input.username,
            password_hash: input.passwordHash,
            role: input.role,
            created_at: clock().toISOString(),
          })
          .execute();
        if (input.points.length > 0) {
          await trx
            .insertInto('user_points')
            .values(input.points.map((point_id) => ({ user_id: id, point_id })))
            .execute();
        }
      });
      return {
        id,
        username: input.username,
        role: input.role,
        points: [...input.points].sort(),
        mustChangePassword: false,
        hasSecondFactor: false,
      };
    },
    async userByName(username: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
    },
    async userById(id: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async hasAdmin(): Promise<boolean> {
      return (
        (await db
          .selectFrom('users')
          .select('id')
          .where('role', '=', 'admin')
          .limit(1)
          .executeTakeFirst()) !== undefined
      );
    },
    async listUsers(): Promise<AccountSummary[]> {
      const users = await db.selectFrom('users').selectAll().orderBy('username').execute();
      const links = await db.selectFrom('user_points').selectAll().orderBy('point_id').execute();
      // From the audit log (index on action, at), so no write on the sign-in path is needed.
      const signIns = await db
        .selectFrom('audit_log')
        .select(['actor_id', (eb) => eb.fn.max('at').as('at')])
        .where('action', '=', 'login')
        .where('actor_kind', '=', 'user')
        .groupBy('actor_id')
        .execute();
      const lastSignIn = new Map(signIns.map((r) => [r.actor_id, r.at]));
      return users.map((u) => ({
        ...accountOfRow(
          u,
          links.filter((l) => l.user_id === u.id).map((l) => l.point_id),
        ),
        isDisabled: u.disabled_at !== null,
        lastSignInAt: lastSignIn.get(u.id) ?? null,
      }));
    },
    /** The account of a user row with its points. */
    async accountOf(row: UserRow): Promise<Account> {
      return accountOfRow(row, await pointsOf(row.id));
    },
    /**
     * Store a new password hash. `mustChange` when an admin set it; the person's sessions end
     * except `keepSession` (their own, when they changed it themselves).
     */
    async setPassword(
      userId: string,
      passwordHash: string,
      options: { mustChange: boolean; keepSession?: string },
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ password_hash: passwordHash, must_change_password: options.mustChange ? 1 : 0 })
          .where('id', '=', userId)
          .execute();
        let ending = trx.deleteFrom('sessions').where('user_id', '=', userId);
        if (options.keepSession) ending = ending.where('token_hash', '!=', options.keepSession);
        await ending.execute();
      });
    },
    /** A rehash with today's cost (same password): nothing else changes. */
    async rehashPassword(userId: string, passwordHash: string): Promise<void> {
      await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
    },
    /**
     * Change role, points or disabled state in one transaction. Disabling ends the person's
     * sessions at once. Throws `LastAdminError` (and changes nothing) when no active admin would be left.
     */
    async changeUser(userId: string, change: AccountChange): Promise<void> {
      await db.transaction().execute(async (trx) => {
        if (change.role !== undefined) {
          await trx.updateTable('users').set({ role: change.role }).where('id', '=', userId).execute();
        }
        if (change.isDisabled !== undefined) {
          await trx
            .updateTable('users')
            .set({ disabled_at: change.isDisabled ? clock().toISOString() : null })
            .where('id', '=', userId)
            .execute();
          if (change.isDisabled) await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
        }
        if (change.points !== undefined) {
          await trx.deleteFrom('user_points').where('user_id', '=', userId).execute();
          if (change.points.length > 0) {
            await trx
              .insertInto('user_points')
              .values(change.points.map((point_id) => ({ user_id: userId, point_id })))
              .execute();
          }
        }
        if ((await activeAdmins(trx)) === 0) throw new LastAdminError();
      });
    },
  };
}

function accountOfRow(row: UserRow, points: string[]): Account {
  return {
    id: row.id,
    username: row.username,
    role: row.role,
    points,
    mustChangePassword: row.must_change_password === 1,
    hasSecondFactor: row.totp_confirmed_at !== null,
  };
}

/** The username is already in use. */
export class UsernameTakenError extends Error {
  constructor(username: string) {
    super(`The username "${username}" is already in use`);
  }
}

/** The change would leave no active admin, and nobody could manage access any more. */
export class LastAdminError extends Error {
  constructor() {
    super('This is the last active admin: make another admin first, then change this one');
  }
}
