import type { Kysely, Transaction } from 'kysely';
import type { Visit } from '../../domain/visit';
import type { Database } from './schema';
import { powerOfTwoChunks, statementCache } from './statement-cache';
import { referralRowsOf, topicRowsOf, visitOfRow, visitRowOf } from './visit-rows';

/** What became of one valid visit of a batch. */
export type IngestOutcome =
  { status: 'accepted' } | { status: 'duplicate' } | { status: 'rejected'; reason: string };

type Statements = ReturnType<typeof statementCache>;

const byId = (a: Visit, b: Visit) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Store valid visits of one device in one transaction and say what became of each.
 *
 * Idempotent by (id, rev): the upsert replaces a stored visit only when the incoming rev is
 * higher, and the rows it returns are exactly those it inserted or replaced, so "accepted" is
 * decided by what the statement did, not by an earlier read. That makes concurrent copies of the
 * same batch safe on PostgreSQL too: the later copy waits on the row lock, re-checks the rev and
 * does nothing. Rows are written in id order so two batches never lock rows in opposite orders.
 */
async function ingestInTransaction(
  trx: Transaction<Database>,
  statements: Statements,
  deviceId: string,
  visits: Visit[],
  receivedAt: string,
): Promise<Map<Visit, IngestOutcome>> {
  const outcomes = new Map<Visit, IngestOutcome>();
  // The same id twice in one batch: the highest rev is the candidate; the rest share its fate below.
  const winners = new Map<string, Visit>();
  for (const visit of visits) {
    const best = winners.get(visit.id);
    if (!best || visit.rev > best.rev) winners.set(visit.id, visit);
  }
  const candidates = [...winners.values()].sort(byId);

  const changed = new Set<string>();
  for (const part of powerOfTwoChunks(candidates)) {
    const rows = part.map((v) => visitRowOf(v, deviceId, receivedAt));
    const { rows: written } = await statements.execute(
      trx,
      `upsert-visits-${rows.length}`,
      rows.flatMap(Object.values),
      () =>
        trx
          .insertInto('visits')
          .values(rows)
          .onConflict((oc) =>
            oc
              .column('id')
              .doUpdateSet((eb) => ({
                device_id: eb.ref('excluded.device_id'),
                rev: eb.ref('excluded.rev'),
                visit_date: eb.ref('excluded.visit_date'),
                visit_month: eb.ref('excluded.visit_month'),
                recorded_at: eb.ref('excluded.recorded_at'),
                received_at: eb.ref('excluded.received_at'),
                catalogue_version: eb.ref('excluded.catalogue_version'),
                age_group: eb.ref('excluded.age_group'),
                sector: eb.ref('excluded.sector'),
                deleted: eb.ref('excluded.deleted'),
                service_language: eb.ref('excluded.service_language'),
                face_to_face_reasons: eb.ref('excluded.face_to_face_reasons'),
                municipality: eb.ref('excluded.municipality'),
                channel: eb.ref('excluded.channel'),
              }))
              .where((eb) =>
                eb.and([
                  eb('visits.rev', '<', eb.ref('excluded.rev')),
                  eb('visits.point_id', '=', eb.ref('excluded.point_id')),
                ]),
              ),
          )
          .returning('id'),
    );
    for (const row of written) changed.add(row.id);
  }

  // A candidate the upsert left alone is a duplicate, unless its id is stored for another point:
  // the upsert never moves a visit between points, and a device must hear why it was refused.
  // Read only for those, so a batch of new visits costs no read at all.
  const unchanged = candidates.filter((v) => !changed.has(v.id));
  for (const part of powerOfTwoChunks(unchanged.map((v) => v.id))) {
    const { rows } = await statements.execute(trx, `points-of-${part.length}`, part, () =>
      trx.selectFrom('visits').select(['id', 'point_id']).where('id', 'in', part),
    );
    const storedPoint = new Map(rows.map((row) => [row.id, row.point_id]));
    for (const id of part) {
      const visit = winners.get(id)!;
      const point = storedPoint.get(id);
      outcomes.set(
        visit,
        point !== undefined && point !== visit.pointId
          ? {
              status: 'rejected',
              reason: `A visit with this id is already stored for another point (${point}); it cannot be moved`,
            }
          : { status: 'duplicate' },
      );
    }
  }

  const stored = candidates.filter((v) => changed.has(v.id));
  // Child rows belong to the current rev only: drop the replaced rev's rows. The upsert does not
  // say whether it inserted or replaced a row, but a rev 1 can never replace one (a stored rev is
  // at least 1), so only higher revs may have rows to drop: none in a batch of new visits.
  const mayReplace = stored.filter((v) => v.rev > 1);
  for (const part of powerOfTwoChunks(mayReplace.map((v) => v.id))) {
    await statements.execute(trx, `delete-topics-${part.length}`, part, () =>
      trx.deleteFrom('visit_topics').where('visit_id', 'in', part),
    );
    await statements.execute(trx, `delete-referrals-${part.length}`, part, () =>
      trx.deleteFrom('visit_referrals').where('visit_id', 'in', part),
    );
  }
  for (const part of powerOfTwoChunks(stored.flatMap(topicRowsOf))) {
    await statements.execute(trx, `insert-topics-${part.length}`, part.flatMap(Object.values), () =>
      trx.insertInto('visit_topics').values(part),
    );
  }
  for (const part of powerOfTwoChunks(stored.flatMap(referralRowsOf))) {
    await statements.execute(trx, `insert-referrals-${part.length}`, part.flatMap(Object.values), () =>
      trx.insertInto('visit_referrals').values(part),
    );
  }
  for (const visit of stored) outcomes.set(visit, { status: 'accepted' });
  // A lower rev sent beside its candidate is a duplicate of it, unless the candidate was refused:
  // then it is refused for the same reason, so the tablet never counts it as sent.
  for (const visit of visits) {
    const winner = outcomes.get(winners.get(visit.id)!)!;
    if (!outcomes.has(visit))
      outcomes.set(visit, winner.status === 'rejected' ? winner : { status: 'duplicate' });
  }
  await trx.updateTable('devices').set({ last_sync_at: receivedAt }).where('id', '=', deviceId).execute();
  return outcomes;
}

/** Visits: batch ingest and read-back. */
export function visitQueries(db: Kysely<Database>, clock: () => Date) {
  const statements = statementCache();
  return {
    /**
     * Store a device's valid visits as one transaction; resolves only after the commit. Each
     * visit gets its outcome (the Map is keyed by the very objects passed in). If anything
     * fails, nothing of the batch is stored and the promise rejects.
     */
    async ingestVisits(deviceId: string, visits: Visit[]): Promise<Map<Visit, IngestOutcome>> {
      const receivedAt = clock().toISOString();
      return db
        .transaction()
        .execute((trx) => ingestInTransaction(trx, statements, deviceId, visits, receivedAt));
    },
    /** Every stored visit (tombstones included) in wire form, ordered by id. For checks and exports. */
    async listVisits(pointIds?: string[]): Promise<Visit[]> {
      let query = db.selectFrom('visits').selectAll().orderBy('id');
      if (pointIds) query = query.where('point_id', 'in', pointIds.length ? pointIds : ['']);
      const rows = await query.execute();
      const topics = new Map<string, string[]>();
      const referrals = new Map<string, string[]>();
      for (const r of await db
        .selectFrom('visit_topics')
        .select(['visit_id', 'topic'])
        .orderBy('visit_id')
        .orderBy('topic')
        .execute()) {
        topics.set(r.visit_id, [...(topics.get(r.visit_id) ?? []), r.topic]);
      }
      for (const r of await db
        .selectFrom('visit_referrals')
        .select(['visit_id', 'referral'])
        .orderBy('visit_id')
        .orderBy('referral')
        .execute()) {
        referrals.set(r.visit_id, [...(referrals.get(r.visit_id) ?? []), r.referral]);
      }
      return rows.map((row) => visitOfRow(row, topics.get(row.id) ?? [], referrals.get(row.id) ?? []));
    },
    /** How many visit rows are stored (tombstones included). */
    async countStoredVisits(): Promise<number> {
      const row = await db
        .selectFrom('visits')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
