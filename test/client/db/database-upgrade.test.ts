import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { referenceCatalogue } from '../../../src/domain/catalogue';
import { NeuvoDb } from '../../../src/client/db/database';
import { readCache } from '../../../src/client/db/cache';
import { countPending, rejectedVisits } from '../../../src/client/db/outbox';
import { declareSchemas, latestSchemaVersion } from '../../../src/client/db/schema-versions';
import { getSyncStatus } from '../../../src/client/db/sync-state';
import { createSyncEngine } from '../../../src/client/sync/engine';
import { createFetchTransport } from '../../../src/client/sync/transport';
import { manualTime } from '../sync/harness';
import { realServer } from '../sync/real-server';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A visit on the wire at Hyvinkää, as version 1's desk made it. */
function wire(n: number, rev: number, extra = {}) {
  return {
    id: `0b5e0f3c-2a41-4c7e-9d55-00000000000${n}`,
    rev,
    pointId: 'hyvinkaa',
    visitDate: '2026-03-02',
    recordedAt: `2026-03-02T10:0${n}:00.000+02:00`,
    catalogueVersion: referenceCatalogue.version,
    ageGroup: 'older',
    sector: 'health',
    topics: ['health.prescription'],
    referrals: [],
    deleted: false,
    ...extra,
  };
}

describe('the tablet database opened by today’s app over version 1', () => {
  it('keeps every row of every table, and the outbox syncs each pending visit exactly once', async () => {
    const server = await realServer('hyvinkaa');
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    cleanups.push(
      () => server.close(),
      () => Dexie.delete(name),
    );

    // Visits the server already has: rev 1 of the first two.
    const social = { sector: 'social', topics: ['social.income'] };
    const before = await server.fetch('/api/v1/visits/batch', {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ visits: [wire(1, 1), wire(2, 1)] }),
    });
    expect(before.status).toBe(200);

    // Version 1's schema, from the list the app itself declares, with rows of that time's shape.
    const v1 = new Dexie(name);
    declareSchemas(v1, 1);
    const rows = {
      visits: [
        // Sent; edited after it was sent; never sent; rejected; edited after its rejection.
        { ...wire(1, 1), sentRev: 1, isPending: 0 },
        { ...wire(2, 2, social), sentRev: 1, isPending: 1 },
        { ...wire(3, 1), sentRev: 0, isPending: 1 },
        { ...wire(4, 2), sentRev: 1, isPending: 0, rejection: { rev: 2, reason: 'Unknown topic code' } },
        { ...wire(5, 3), sentRev: 1, isPending: 1, rejection: { rev: 2, reason: 'Unknown topic code' } },
      ],
      drafts: [
        {
          key: 'desk',
          values: { sector: 'social', topics: ['social.income'] },
          savedAt: '2026-03-02T08:10:00.000Z',
        },
      ],
      settings: [
        { key: 'deskSector', value: 'health' },
        { key: 'slipFormat', value: 'receipt' },
      ],
      device: [
        {
          key: 'device',
          deviceId: server.deviceId,
          token: server.token,
          pointId: 'hyvinkaa',
          label: 'Desk 1',
          enrolledAt: '2026-03-01T08:00:00.000Z',
        },
      ],
      syncState: [
        {
          key: 'status',
          value: {
            lastSuccessAt: '2026-03-02T07:55:00.000Z',
            lastAttemptAt: '2026-03-02T08:00:00.000Z',
            lastError: { reason: 'network', message: 'No connection', at: '2026-03-02T08:00:00.000Z' },
            consecutiveFailures: 1,
            nextAttemptAt: '2026-03-02T08:00:30.000Z',
          },
        },
      ],
      cache: [{ key: 'catalogue', value: referenceCatalogue, fetchedAt: '2026-03-01T08:00:00.000Z' }],
    };
    await v1.transaction('rw', v1.tables, async () => {
      for (const [table, tableRows] of Object.entries(rows)) await v1.table(table).bulkAdd(tableRows);
    });
    expect(v1.verno).toBe(1);
    v1.close();

    const db = new NeuvoDb(name);
    cleanups.unshift(async () => db.close());
    await db.open();
    expect(db.verno).toBe(latestSchemaVersion);
    for (const [table, tableRows] of Object.entries(rows)) {
      expect(await db.table(table).toArray(), table).toEqual(tableRows);
    }
    // Today's readers take the old rows: the new index, the typed cache, the engine's status.
    expect((await rejectedVisits(db)).map((row) => row.id)).toEqual([rows.visits[3]!.id]);
    expect((await readCache('catalogue', db))?.value.version).toBe(referenceCatalogue.version);
    expect((await getSyncStatus(db)).consecutiveFailures).toBe(1);
    expect(await countPending(db)).toBe(3);

    const time = manualTime();
    const engine = createSyncEngine({
      db,
      transport: createFetchTransport({ fetch: server.fetch }),
      clock: time.clock,
      timers: time.timers,
      random: () => 0.5,
      locks: null,
    });
    expect(await engine.drain()).toEqual({ kind: 'done', sent: 3, rejected: 0 });
    expect(await engine.drain()).toEqual({ kind: 'done', sent: 0, rejected: 0 });
    expect(server.batches.slice(1)).toEqual([3]);
    expect(await countPending(db)).toBe(0);

    const stored = new Map((await server.storedVisits()).map((v) => [v.id, v.rev]));
    expect(Object.fromEntries(stored)).toEqual({
      [rows.visits[0]!.id]: 1,
      [rows.visits[1]!.id]: 2,
      [rows.visits[2]!.id]: 1,
      [rows.visits[4]!.id]: 3,
    });
    expect(await server.storedRowCount()).toBe(4);
  });
});
