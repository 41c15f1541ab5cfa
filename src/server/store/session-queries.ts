import type { Kysely } from 'kysely';
import type { Account } from './account-queries';
import type { Database } from './schema';

/** One signed-in session as an admin sees it; `id` names it without being usable as a token. */
export interface SessionInfo {
  id: string;
  createdAt: string | null;
  expiresAt: string;
}

/** The id of a session: the start of its token's hash (the hash itself signs nobody in). */
const sessionIdOf = (tokenHash: string) => tokenHash.slice(0, 16);

/** Sign-in sessions. Tokens arrive here already hashed. */
export function sessionQueries(db: Kysely<Database>, clock: () => Date) {
  return {
    async createSession(userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
      await db
        .insertInto('sessions')
        .values({
          token_hash: tokenHash,
          user_id: userId,
          expires_at: expiresAt.toISOString(),
          created_at: clock().toISOString(),
        })
        .execute();
    },
    /** The account behind an unexpired session of an enabled user; read on every request, so a disabled user is out at once. */
    async sessionAccount(tokenHash: string): Promise<Account | undefined> {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select([
          'users.id',
          'users.username',
          'users.role',
          'users.must_change_password',
          'users.totp_confirmed_at',
          'sessions.expires_at',
        ])
        .where('sessions.token_hash', '=', tokenHash)
        .where('users.disabled_at', 'is', null)
        .executeTakeFirst();
      if (!row || row.expires_at <= clock().toISOString()) return undefined;
      const points = await db
        .selectFrom('user_points')
        .select('point_id')
        .where('user_id', '=', row.id)
        .orderBy('point_id')
        .execute();
      return {
        id: row.id,
        username: row.username,
        role: row.role,
        points: points.map((p) => p.point_id),
        mustChangePassword: row.must_change_password === 1,
        hasSecondFactor: row.totp_confirmed_at !== null,
      };
    },
    async deleteSession(tokenHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
    /** A person's unexpired sessions, newest first. */
    async listSessions(userId: string): Promise<SessionInfo[]> {
      const rows = await db
        .selectFrom('sessions')
        .select(['token_hash', 'created_at', 'expires_at'])
        .where('user_id', '=', userId)
        .where('expires_at', '>', clock().toISOString())
        .orderBy('expires_at', 'desc')
        .execute();
      return rows.map((r) => ({
        id: sessionIdOf(r.token_hash),
        createdAt: r.created_at,
        expiresAt: r.expires_at,
      }));
    },
    /** End one of a person's sessions by its id, or all of them; the number ended. */
    async endSessions(userId: string, sessionId?: string): Promise<number> {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (sessionId !== undefined) {
        if (!/^[0-9a-f]{16}$/.test(sessionId)) return 0;
        query = query.where('token_hash', 'like', `${sessionId}%`);
      }
      return Number((await query.executeTakeFirst()).numDeletedRows);
    },
  };
}
