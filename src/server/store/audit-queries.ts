import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditLogTable, Database } from './schema';

/** Something worth a line in the audit log. `details` must never carry visit contents. */
export interface AuditEntry {
  actorKind: AuditLogTable['actor_kind'];
  actorId: string | null;
  /** kebab-case, e.g. 'login', 'login-failed', 'device-enrolled', 'batch-rejected', 'tally-exported'. */
  action: string;
  details?: Record<string, unknown>;
}

/** A stored audit line, as read back. */
export interface AuditRecord extends AuditEntry {
  at: string;
  details: Record<string, unknown>;
}

/** Append-only audit log. */
export function auditQueries(db: Kysely<Database>, clock: () => Date) {
  return {
    /** Record one entry; awaited so a failure to audit is never silent. */
    async audit(entry: AuditEntry, executor: Kysely<Database> = db): Promise<void> {
      await executor
        .insertInto('audit_log')
        .values({
          id: randomUUID(),
          at: clock().toISOString(),
          actor_kind: entry.actorKind,
          actor_id: entry.actorId,
          action: entry.action,
          details: JSON.stringify(entry.details ?? {}),
        })
        .execute();
    },
    /** The newest entries first (for admins and tests). */
    async auditLog(limit = 200): Promise<AuditRecord[]> {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .orderBy('at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        at: r.at,
        actorKind: r.actor_kind,
        actorId: r.actor_id,
        action: r.action,
        details: JSON.parse(r.details) as Record<string, unknown>,
      }));
    },
  };
}
