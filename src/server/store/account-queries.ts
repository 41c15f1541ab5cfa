import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, UserRow } from './schema';

export type Role = UserRow['role'];

/** A person's account as the API shows it (never the hash). */
export interface Account {
  id: string;
  username: string;
  role: Role;
  points: string[];
}

/** Users, their points, and login sessions. Passwords and tokens arrive here already hashed. */
export function accountQueries(db: Kysely<Database>, clock: () => Date) {
  const pointsOf = async (userId: string) =>
    (
      await db
        .selectFrom('user_points')
        .select('point_id')
        .where('user_id', '=', userId)
        .orderBy('point_id')
        .execute()
    ).map((r) => r.point_id);
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
      return { id, username: input.username, role: input.role, points: [...input.points].sort() };
    },
    async userByName(username: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
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
    async listUsers(): Promise<Account[]> {
      const users = await db
        .selectFrom('users')
        .select(['id', 'username', 'role'])
        .orderBy('username')
        .execute();
      const links = await db.selectFrom('user_points').selectAll().orderBy('point_id').execute();
      return users.map((u) => ({
        ...u,
        points: links.filter((l) => l.user_id === u.id).map((l) => l.point_id),
      }));
    },
    async createSession(userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
      await db
        .insertInto('sessions')
        .values({ token_hash: tokenHash, user_id: userId, expires_at: expiresAt.toISOString() })
        .execute();
    },
    /** The account behind an unexpired session token hash. */
    async sessionAccount(tokenHash: string): Promise<Account | undefined> {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select(['users.id', 'users.username', 'users.role', 'sessions.expires_at'])
        .where('sessions.token_hash', '=', tokenHash)
        .executeTakeFirst();
      if (!row || row.expires_at <= clock().toISOString()) return undefined;
      return { id: row.id, username: row.username, role: row.role, points: await pointsOf(row.id) };
    },
    async deleteSession(tokenHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
  };
}

/** The username is already in use. */
export class UsernameTakenError extends Error {
  constructor(username: string) {
    super(`The username "${username}" is already in use`);
  }
}
