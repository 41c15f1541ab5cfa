import type { Visit } from '../../domain/visit';
import type { VisitResult } from '../../domain/sync-protocol';
import type { NeuvoDb, VisitRow } from './database';
import { assertNever } from '../../domain/assert-never';

/** The wire form of a row: the visit without its outbox bookkeeping. */
export function wireVisit(row: VisitRow): Visit {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { sentRev, isPending, rejection, ...visit } = row;
  return visit;
}

/** Rows waiting to be sent, oldest save first; at most `limit`. */
export async function pendingVisits(db: NeuvoDb, limit = Infinity): Promise<VisitRow[]> {
  const rows = await db.visits.where('isPending').equals(1).toArray();
  rows.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id));
  return rows.slice(0, limit);
}

/** How many visits wait to be sent. */
export function countPending(db: NeuvoDb): Promise<number> {
  return db.visits.where('isPending').equals(1).count();
}

/** The earliest `recordedAt` among waiting visits, or null when nothing waits. */
export async function oldestPendingRecordedAt(db: NeuvoDb): Promise<string | null> {
  let oldest: string | null = null;
  await db.visits
    .where('isPending')
    .equals(1)
    .each((row) => {
      if (oldest === null || Date.parse(row.recordedAt) < Date.parse(oldest)) oldest = row.recordedAt;
    });
  return oldest;
}

/** Visits whose current rev the server rejected: kept, shown, not retried until edited. */
export async function rejectedVisits(db: NeuvoDb): Promise<VisitRow[]> {
  // Only rows that carry a rejection are in this index; an edit drops the rejection of its row.
  const rows = await db.visits
    .where('rejection.rev')
    .aboveOrEqual(1)
    .filter((row) => row.isPending === 0 && row.rejection?.rev === row.rev)
    .toArray();
  return rows.sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
}

/**
 * Record the server's answer to a batch, in ONE transaction. A row is marked sent (or rejected)
 * only if its rev is still the rev that was sent: an edit made while the batch was in flight
 * keeps the row pending so the newer rev goes in a later batch. Results are matched by id, not
 * position, so a server that answered in another order cannot mark the wrong visit.
 */
export async function markBatchResults(
  db: NeuvoDb,
  sent: readonly Visit[],
  results: readonly VisitResult[],
): Promise<void> {
  const sentRevById = new Map(sent.map((visit) => [visit.id, visit.rev]));
  await db.transaction('rw', db.visits, async () => {
    const rows = await db.visits.bulkGet(results.map((result) => result.id));
    const updated: VisitRow[] = [];
    results.forEach((result, i) => {
      const row = rows[i];
      const sentRev = sentRevById.get(result.id);
      if (!row || sentRev === undefined || row.rev !== sentRev) return;
      switch (result.status) {
        case 'accepted':
        case 'duplicate': {
          updated.push({ ...row, sentRev, isPending: 0, rejection: undefined });
          return;
        }
        case 'rejected':
          updated.push({
            ...row,
            isPending: 0,
            rejection: {
              rev: sentRev,
              reason: result.reason ?? 'The server refused this visit without a reason.',
            },
          });
          return;
        default:
          assertNever(result.status);
      }
    });
    await db.visits.bulkPut(updated);
  });
}
