import { useLiveQuery } from 'dexie-react-hooks';
import type { Catalogue } from '../../domain/catalogue';
import { helsinkiTimestamp } from '../../domain/helsinki-date';
import { visitSchemaFor, type Visit, type VisitInput } from '../../domain/visit';
import { newVisitId } from '../../domain/visit-id';
import { db as defaultDb, type NeuvoDb, type VisitRow } from './database';
import { clearDraft } from './drafts';
import { wireVisit } from './outbox';
import { pendingRow } from './pending-row';

/** Where and when a save happens: filled in by the tablet, never by staff. */
export interface SaveContext {
  pointId: string;
  catalogue: Catalogue;
  now: Date;
}

/** A visit the catalogue or the contract refuses: a bug or a stale form, never saved half-way. */
export class InvalidVisitError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'InvalidVisitError';
  }
}

function checked(visit: Visit, catalogue: Catalogue): Visit {
  const result = visitSchemaFor(catalogue).safeParse(visit);
  if (!result.success) throw new InvalidVisitError(result.error.issues.map((issue) => issue.message));
  return result.data;
}

/** Log a new visit: rev 1, pending. Resolves only once the row is committed to disk. */
export async function logVisit(
  input: VisitInput,
  context: SaveContext,
  db: NeuvoDb = defaultDb,
): Promise<VisitRow> {
  const visit = checked(
    {
      ...input,
      id: newVisitId(),
      rev: 1,
      pointId: context.pointId,
      recordedAt: helsinkiTimestamp(context.now),
      catalogueVersion: context.catalogue.version,
      deleted: false,
    },
    context.catalogue,
  );
  const row = pendingRow(visit);
  await db.transaction('rw', db.visits, () => db.visits.add(row));
  return row;
}

/**
 * Change a stored visit: rev + 1 and pending in ONE transaction, so the outbox can never hold a
 * changed row under a rev the server already acknowledged. An earlier rejection no longer applies.
 */
async function revise(id: string, change: (row: VisitRow) => Visit, db: NeuvoDb): Promise<VisitRow> {
  return db.transaction('rw', db.visits, async () => {
    const row = await db.visits.get(id);
    if (!row) throw new Error(`Visit ${id} is not on this tablet`);
    const next = pendingRow({ ...change(row), rev: row.rev + 1 }, row.sentRev);
    await db.visits.put(next);
    return next;
  });
}

/** Save staff's changes to a visit (a new rev; the point and id stay). */
export function editVisit(
  id: string,
  input: VisitInput,
  context: Omit<SaveContext, 'pointId'>,
  db: NeuvoDb = defaultDb,
): Promise<VisitRow> {
  return revise(
    id,
    (row) =>
      checked(
        {
          // The form's answers replace the stored ones whole: an optional answer cleared on the
          // form is left out, not kept from the row.
          id: row.id,
          rev: row.rev,
          pointId: row.pointId,
          deleted: row.deleted,
          ...input,
          recordedAt: helsinkiTimestamp(context.now),
          catalogueVersion: context.catalogue.version,
        },
        context.catalogue,
      ),
    db,
  );
}

/**
 * Save the desk's form as a new visit at `pointId` or as a new rev of the visit `editingId`, and
 * drop the draft in the same transaction: either both happen or neither, so a failed save keeps
 * the draft too. Resolves only after the commit.
 */
export function saveFormAndClearDraft(
  input: VisitInput,
  target: { editingId: string } | { pointId: string },
  context: Omit<SaveContext, 'pointId'>,
  db: NeuvoDb = defaultDb,
): Promise<VisitRow> {
  return db.transaction('rw', db.visits, db.drafts, async () => {
    const saved =
      'editingId' in target
        ? await editVisit(target.editingId, input, context, db)
        : await logVisit(input, { ...context, pointId: target.pointId }, db);
    await clearDraft(db);
    return saved;
  });
}

/** Delete a visit: per the contract a tombstone edit (rev + 1, deleted), so the server learns of it. */
export function deleteVisit(id: string, now: Date, db: NeuvoDb = defaultDb): Promise<VisitRow> {
  return revise(id, (row) => ({ ...wireVisit(row), deleted: true, recordedAt: helsinkiTimestamp(now) }), db);
}

/** Undo a deletion: another rev with the visit restored. */
export function restoreVisit(id: string, now: Date, db: NeuvoDb = defaultDb): Promise<VisitRow> {
  return revise(id, (row) => ({ ...wireVisit(row), deleted: false, recordedAt: helsinkiTimestamp(now) }), db);
}

/** The visits (deleted ones included) logged at a point for a day, in the order they were recorded. */
export async function visitsOn(
  pointId: string,
  visitDate: string,
  db: NeuvoDb = defaultDb,
): Promise<VisitRow[]> {
  const rows = await db.visits.where('[pointId+visitDate]').equals([pointId, visitDate]).toArray();
  return rows.sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt) || a.id.localeCompare(b.id));
}

/** `visitsOn` as live React state; undefined while loading. */
export function useVisitsOn(
  pointId: string | undefined,
  visitDate: string,
  db: NeuvoDb = defaultDb,
): VisitRow[] | undefined {
  return useLiveQuery(
    async () => (pointId ? visitsOn(pointId, visitDate, db) : []),
    [pointId, visitDate, db],
  );
}
