import { db as defaultDb, type DraftRow, type NeuvoDb } from './database';

/** The desk has one form, so one draft. */
const DESK = 'desk';

/** The half-filled desk form, if one was left. */
export async function getDraft(db: NeuvoDb = defaultDb): Promise<DraftRow | undefined> {
  return db.drafts.get(DESK);
}

/** Keep the half-filled form so a reload, a crash or an app update cannot lose it. */
export async function saveDraft(
  values: Record<string, unknown>,
  visitId: string | undefined,
  now: Date,
  db: NeuvoDb = defaultDb,
): Promise<void> {
  await db.drafts.put({ key: DESK, visitId, values, savedAt: now.toISOString() });
}

/** Forget the draft (after a save or an explicit "clear form"). */
export async function clearDraft(db: NeuvoDb = defaultDb): Promise<void> {
  await db.drafts.delete(DESK);
}
