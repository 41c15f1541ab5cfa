import { afterEach, describe, expect, it } from 'vitest';
import { referenceCatalogue } from '../../../src/domain/catalogue';
import { getDevice } from '../../../src/client/db/device';
import { countPending, rejectedVisits } from '../../../src/client/db/outbox';
import { getSyncStatus } from '../../../src/client/db/sync-state';
import { createSyncEngine, type SyncEngineOptions } from '../../../src/client/sync/engine';
import { createMemoryLocks } from '../../../src/client/sync/locks';
import { createFetchTransport, type FetchLike } from '../../../src/client/sync/transport';
import { checkSynced, faultyFetch, freshTablet, logVisits, manualTime, saveOnTablet } from './harness';
import { realServer } from './real-server';

const POINT = 'hyvinkaa';
const servers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** The real server in-process with this tablet enrolled, and an engine factory around a fetch. */
async function setup() {
  const server = await realServer(POINT);
  servers.push(server);
  const db = await freshTablet({ token: server.token, pointId: POINT, deviceId: server.deviceId });
  const time = manualTime();
  const engineWith = (fetch: FetchLike, extra: Partial<SyncEngineOptions> = {}) =>
    createSyncEngine({
      db,
      transport: createFetchTransport({ fetch, timeoutMs: 20 }),
      clock: time.clock,
      timers: time.timers,
      random: () => 0.5,
      locks: null,
      ...extra,
    });
  return { server, db, time, engineWith };
}

/** Drain until nothing is pending (each failed attempt is a retry the scheduler would make). */
async function drainUntilDone(engine: ReturnType<typeof createSyncEngine>, maxAttempts = 200) {
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    const outcome = await engine.drain();
    if (outcome.kind === 'done') return attempt + 1;
  }
  throw new Error('did not finish');
}

describe('sync engine under faults', () => {
  it('sends 1,200 visits in batches of at most 500, exactly once', async () => {
    const { server, db, engineWith } = await setup();
    await logVisits(db, 1200, POINT);
    await drainUntilDone(engineWith(server.fetch));
    expect(server.batches).toEqual([500, 500, 200]);
    expect(await checkSynced([db], await server.storedVisits())).toEqual([]);
    expect((await getSyncStatus(db)).lastSuccessAt).toBe('2026-03-02T08:00:00.000Z');
  });

  it('loses nothing and stores nothing twice when calls fail before, after the commit, mid-answer and by timeout', async () => {
    const { server, db, engineWith } = await setup();
    const faults = [
      'fail-before',
      'lose-answer',
      'cut-body',
      'hang',
      'status-503',
      'ok',
      'lose-answer',
      'ok',
    ] as const;
    const faulty = faultyFetch(server.fetch, (call) => faults[call % faults.length]!);
    const engine = engineWith(faulty.fetch);
    await logVisits(db, 700, POINT);
    await engine.drain();
    // Edits and deletions between attempts, as staff keep working while the network is bad.
    for (const row of (await db.visits.limit(40).toArray()).slice(0, 40)) {
      await saveOnTablet(db, { ...row, deleted: row.ageGroup === 'older', sector: 'both' });
    }
    await logVisits(db, 300, POINT);
    await drainUntilDone(engine);
    expect(faulty.stats.forwarded).toBeGreaterThan(3);
    expect(await checkSynced([db], await server.storedVisits())).toEqual([]);
  });

  it('records the failure and counts consecutive failures for the backoff', async () => {
    const { server, db, engineWith } = await setup();
    const faulty = faultyFetch(server.fetch, () => 'status-503');
    const engine = engineWith(faulty.fetch);
    await logVisits(db, 3, POINT);
    expect(await engine.drain()).toMatchObject({
      kind: 'failed',
      error: { reason: 'server-error', retryAfterMs: 7000 },
    });
    await engine.drain();
    const status = await getSyncStatus(db);
    expect(status.consecutiveFailures).toBe(2);
    expect(status.lastError).toMatchObject({ reason: 'server-error', message: 'Try later.' });
    expect(await countPending(db)).toBe(3);
  });

  it('keeps an edit made while its older rev was in flight pending, and sends it next', async () => {
    const { server, db, engineWith } = await setup();
    const [row] = await logVisits(db, 1, POINT);
    let isEdited = false;
    const editingFetch: FetchLike = async (url, init) => {
      const response = await server.fetch(url, init);
      if (!isEdited) {
        isEdited = true;
        await saveOnTablet(db, { ...row!, sector: 'social', topics: ['social.income'] });
      }
      return response;
    };
    const engine = engineWith(editingFetch);
    await engine.drain();
    // The answer for rev 1 must not mark rev 2 sent: the drain goes on and sends rev 2 too.
    expect(server.batches).toEqual([1, 1]);
    expect(await db.visits.get(row!.id)).toMatchObject({ rev: 2, sentRev: 2, isPending: 0 });
    const stored = await server.storedVisits();
    expect(stored).toEqual([
      expect.objectContaining({ id: row!.id, rev: 2, sector: 'social', topics: ['social.income'] }),
    ]);
    expect(await checkSynced([db], stored)).toEqual([]);
  });

  it('lets only one of two tabs sync at a time, and together they send each visit once', async () => {
    const { server, db, time } = await setup();
    const locks = createMemoryLocks();
    await logVisits(db, 1100, POINT);
    const tab = () =>
      createSyncEngine({
        db,
        transport: createFetchTransport({ fetch: server.fetch }),
        clock: time.clock,
        timers: time.timers,
        locks,
      });
    const [a, b] = await Promise.all([tab().drain(), tab().drain()]);
    expect([a.kind, b.kind].sort()).toEqual(['busy', 'done']);
    expect(server.batches.reduce((sum, n) => sum + n, 0)).toBe(1100);
    expect(await checkSynced([db], await server.storedVisits())).toEqual([]);
  });

  it('stays exactly-once even when two tabs without Web Locks send the same visits at once', async () => {
    const { server, db, time } = await setup();
    await logVisits(db, 600, POINT);
    const tab = () =>
      createSyncEngine({
        db,
        transport: createFetchTransport({ fetch: server.fetch }),
        clock: time.clock,
        timers: time.timers,
        locks: null,
      });
    await Promise.all([tab().drain(), tab().drain()]);
    expect(await checkSynced([db], await server.storedVisits())).toEqual([]);
  });

  it('stops syncing on a revoked token, says so, and keeps every visit', async () => {
    const { server, db, engineWith } = await setup();
    await logVisits(db, 5, POINT);
    server.revoke();
    const faulty = faultyFetch(server.fetch, () => 'ok');
    const engine = engineWith(faulty.fetch);
    expect(await engine.drain()).toEqual({ kind: 'revoked' });
    expect((await getDevice(db))?.revokedAt).toBeDefined();
    expect((await getSyncStatus(db)).lastError?.reason).toBe('device-revoked');
    expect(await engine.drain()).toEqual({ kind: 'revoked' });
    expect(faulty.stats.calls).toBe(1);
    expect(await db.visits.count()).toBe(5);
    expect(await countPending(db)).toBe(5);
  });

  it("keeps a rejected visit with the server's reason and does not retry it by itself", async () => {
    const { server, db, engineWith } = await setup();
    await logVisits(db, 2, POINT);
    const bad = await saveOnTablet(db, { ...(await logVisits(db, 1, POINT))[0]!, ageGroup: 'martians' });
    const faulty = faultyFetch(server.fetch, () => 'ok');
    const engine = engineWith(faulty.fetch);
    expect(await engine.drain()).toEqual({ kind: 'done', sent: 2, rejected: 1 });
    const attention = await rejectedVisits(db);
    expect(attention).toHaveLength(1);
    expect(attention[0]).toMatchObject({
      id: bad.id,
      rejection: { rev: bad.rev, reason: expect.stringContaining('martians') },
    });
    // Later syncs fetch the catalogue in force again, but send no batch for the rejected visit.
    const batches = server.batches.length;
    await engine.drain();
    expect(server.batches).toHaveLength(batches);
    // An edit makes it pending again, and a fixed visit is accepted.
    await saveOnTablet(db, { ...bad, ageGroup: 'older' });
    await engine.drain();
    expect(await rejectedVisits(db)).toEqual([]);
    expect(await checkSynced([db], await server.storedVisits())).toEqual([]);
  });

  it('splits the batch when the server says it is too large', async () => {
    const { server, db, engineWith } = await setup();
    const smallLimit: FetchLike = async (url, init) =>
      String(init.body).length > 40_000
        ? new Response(JSON.stringify({ error: 'body-too-large', message: 'Too large.' }), { status: 413 })
        : server.fetch(url, init);
    await logVisits(db, 500, POINT);
    await drainUntilDone(engineWith(smallLimit));
    expect(Math.max(...server.batches)).toBeLessThanOrEqual(125);
    expect(await checkSynced([db], await server.storedVisits())).toEqual([]);
  });

  it('keeps the catalogue and its point cached for offline use after a sync', async () => {
    const { server, db, engineWith } = await setup();
    await engineWith(server.fetch).drain();
    expect((await db.cache.get('catalogue'))?.value).toMatchObject({ version: referenceCatalogue.version });
    expect((await db.cache.get('point'))?.value).toEqual({
      id: POINT,
      name: `Point ${POINT}`,
      municipalities: [],
    });
  });

  it('does not call the server at all before the tablet is enrolled', async () => {
    const { server } = await setup();
    const db = await freshTablet();
    await logVisits(db, 1, POINT);
    const faulty = faultyFetch(server.fetch, () => 'ok');
    const engine = createSyncEngine({
      db,
      transport: createFetchTransport({ fetch: faulty.fetch }),
      locks: null,
    });
    expect(await engine.drain()).toEqual({ kind: 'not-enrolled' });
    expect(faulty.stats.calls).toBe(0);
  });
});
