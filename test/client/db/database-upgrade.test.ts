import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { NeuvoDb, type VisitRow } from '../../../src/client/db/database';
import { rejectedVisits } from '../../../src/client/db/outbox';
import { makeVisit } from '../../support/visit-factory';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('the tablet database from version 1 to version 2', () => {
  it('keeps every visit, and finds the rejected one through the new index', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    // Version 1 exactly as it shipped, with rows of each outbox state.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      visits: 'id, visitDate, isPending, [pointId+visitDate]',
      drafts: 'key',
      settings: 'key',
      device: 'key',
      syncState: 'key',
      cache: 'key',
    });
    const sent: VisitRow = { ...makeVisit(), sentRev: 1, isPending: 0 };
    const pending: VisitRow = { ...makeVisit(), sentRev: 0, isPending: 1 };
    const rejected: VisitRow = {
      ...makeVisit({ rev: 2 }),
      sentRev: 1,
      isPending: 0,
      rejection: { rev: 2, reason: 'Unknown topic code' },
    };
    const editedAfterRejection: VisitRow = {
      ...makeVisit({ rev: 3 }),
      sentRev: 1,
      isPending: 1,
      rejection: { rev: 2, reason: 'Unknown topic code' },
    };
    await v1.table('visits').bulkAdd([sent, pending, rejected, editedAfterRejection]);
    v1.close();

    const db = new NeuvoDb(name);
    expect(await db.visits.count()).toBe(4);
    expect(await db.visits.get(sent.id)).toEqual(sent);
    expect((await rejectedVisits(db)).map((row) => row.id)).toEqual([rejected.id]);
    db.close();
  });
});
