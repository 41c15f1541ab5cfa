import { Migrator, sql, type Kysely } from 'kysely';
import { migrations } from './migrations/index';
import type { Database } from './schema';

/** Connections of a pool: open, idle, and callers waiting for one. */
export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
}

/** Whether the store can serve: reachable, and migrated to exactly what this build knows. */
export type Readiness = { isReady: true } | { isReady: false; reason: string };

/** Readiness and pool use, for /readyz and /metrics. */
export function healthQueries(db: Kysely<Database>, options: { schema?: string; poolUse?: () => PoolUse }) {
  return {
    /** Ask the database; never throws (an unreachable database is an answer, not an error). */
    async readiness(): Promise<Readiness> {
      try {
        await sql`select 1`.execute(db);
        const migrator = new Migrator({
          db,
          provider: { getMigrations: async () => migrations },
          ...(options.schema && { migrationTableSchema: options.schema }),
        });
        const pending = (await migrator.getMigrations()).filter((m) => m.executedAt === undefined);
        if (pending.length > 0) {
          return {
            isReady: false,
            reason: `migrations not applied: ${pending.map((m) => m.name).join(', ')}`,
          };
        }
        return { isReady: true };
      } catch (error) {
        return { isReady: false, reason: `database unreachable: ${(error as Error).message}` };
      }
    },
    /** The connection pool's use (PostgreSQL); undefined for SQLite's single connection. */
    poolUse: (): PoolUse | undefined => options.poolUse?.(),
  };
}
