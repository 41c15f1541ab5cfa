import type { Kysely } from 'kysely';
import type { AuditLogTable, Database } from './schema';

/** Which audit lines an admin asks for; times are ISO instants in UTC (`from` inclusive, `until` not). */
export interface AuditFilter {
  actorKind?: AuditLogTable['actor_kind'];
  actorId?: string;
  action?: string;
  from?: string;
  until?: string;
  /** Older than this line (keyset paging, newest first): its time and id. */
  after?: { at: string; id: string };
}

/** An audit line with its actor's name (username or tablet label) when known. */
export interface AuditLine {
  id: string;
  at: string;
  actorKind: AuditLogTable['actor_kind'];
  actorId: string | null;
  actor: string | null;
  action: string;
  details: Record<string, unknown>;
}

/**
 * Reading and pruning the audit log: filtered pages newest first, by keyset on (at, id) so a deep
 * page costs what the first does, and deleting lines older than the retention period.
 */
export function auditSearchQueries(db: Kysely<Database>) {
  const search = (filter: AuditFilter, limit: number) => {
    let query = db
      .selectFrom('audit_log as a')
      .leftJoin('users as u', (join) => join.onRef('u.id', '=', 'a.actor_id').on('a.actor_kind', '=', 'user'))
      .leftJoin('devices as d', (join) =>
        join.onRef('d.id', '=', 'a.actor_id').on('a.actor_kind', '=', 'device'),
      )
      .select([
        'a.id',
        'a.at',
        'a.actor_kind',
        'a.actor_id',
        'a.action',
        'a.details',
        'u.username',
        'd.label',
      ])
      .orderBy('a.at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(limit);
    if (filter.actorKind) query = query.where('a.actor_kind', '=', filter.actorKind);
    if (filter.actorId) query = query.where('a.actor_id', '=', filter.actorId);
    if (filter.action) query = query.where('a.action', '=', filter.action);
    if (filter.from) query = query.where('a.at', '>=', filter.from);
    if (filter.until) query = query.where('a.at', '<', filter.until);
    const after = filter.after;
    if (after) {
      query = query.where((eb) =>
        eb.or([eb('a.at', '<', after.at), eb.and([eb('a.at', '=', after.at), eb('a.id', '<', after.id)])]),
      );
    }
    return query;
  };
  return {
    /** Up to `limit` lines matching `filter`, newest first. */
    async auditLines(filter: AuditFilter, limit: number): Promise<AuditLine[]> {
      const rows = await search(filter, limit).execute();
      return rows.map((r) => ({
        id: r.id,
        at: r.at,
        actorKind: r.actor_kind,
        actorId: r.actor_id,
        actor: r.username ?? r.label ?? null,
        action: r.action,
        details: JSON.parse(r.details) as Record<string, unknown>,
      }));
    },
    /** Delete the lines written before `before` (an ISO instant); how many went. Idempotent. */
    async pruneAuditLog(before: string): Promise<number> {
      const result = await db.deleteFrom('audit_log').where('at', '<', before).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
