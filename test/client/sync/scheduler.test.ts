import { afterEach, describe, expect, it } from 'vitest';
import { countPending } from '../../../src/client/db/outbox';
import { getSyncStatus } from '../../../src/client/db/sync-state';
import { createSyncEngine, type OnlineSignal } from '../../../src/client/sync/engine';
import {
  BACKOFF_CAP_MS,
  PENDING_POLL_MS,
  SAVE_DEBOUNCE_MS,
  backoffDelayMs,
} from '../../../src/client/sync/scheduler';
import { createFetchTransport } from '../../../src/client/sync/transport';
import { faultyFetch, freshTablet, logVisits, manualTime } from './harness';
import { realServer } from './real-server';

const POINT = 'hyvinkaa';
const servers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** The real server in-process and a tablet enrolled with it. */
async function enrolledTablet() {
  const server = await realServer(POINT);
  servers.push(server);
  const db = await freshTablet({ token: server.token, pointId: POINT, deviceId: server.deviceId });
  return { server, db };
}

function switchableNetwork() {
  let isUp = true;
  const listeners = new Set<() => void>();
  const signal: OnlineSignal = {
    isOnline: () => isUp,
    onOnline(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    signal,
    goOffline: () => {
      isUp = false;
    },
    comeOnline: () => {
      isUp = true;
      for (const listener of listeners) listener();
    },
  };
}

/** Wait until the engine's async work has settled (IndexedDB work runs outside the manual clock). */
async function settle(engine: { isSyncing(): boolean }) {
  await expect.poll(() => engine.isSyncing(), { interval: 5 }).toBe(false);
}

describe('backoffDelayMs', () => {
  it('grows exponentially up to the cap, with full jitter, and never undercuts Retry-After', () => {
    expect(backoffDelayMs(1, () => 0.999)).toBe(4995);
    expect(backoffDelayMs(3, () => 0.999)).toBe(19_980);
    expect(backoffDelayMs(30, () => 0.999)).toBe(Math.floor(0.999 * BACKOFF_CAP_MS));
    expect(backoffDelayMs(3, () => 0)).toBe(0);
    expect(backoffDelayMs(1, () => 0.5, 120_000)).toBe(120_000);
  });
});

describe('sync scheduling', () => {
  it('syncs on start, a few seconds after a save, and again when the network returns', async () => {
    const { server, db } = await enrolledTablet();
    const time = manualTime();
    const network = switchableNetwork();
    await logVisits(db, 2, POINT);
    const engine = createSyncEngine({
      db,
      transport: createFetchTransport({ fetch: server.fetch }),
      clock: time.clock,
      timers: time.timers,
      locks: null,
      online: network.signal,
    });
    engine.start();
    await expect.poll(async () => (await server.storedVisits()).length).toBe(2);
    await settle(engine);

    await logVisits(db, 1, POINT);
    await expect.poll(() => time.nextDelay()).toBe(SAVE_DEBOUNCE_MS);
    expect((await server.storedVisits()).length).toBe(2);
    time.advance(SAVE_DEBOUNCE_MS);
    await expect.poll(async () => (await server.storedVisits()).length).toBe(3);
    await settle(engine);

    network.goOffline();
    await logVisits(db, 1, POINT);
    await expect.poll(() => time.nextDelay()).toBe(SAVE_DEBOUNCE_MS);
    time.advance(SAVE_DEBOUNCE_MS);
    await settle(engine);
    expect(await countPending(db)).toBe(1);
    network.comeOnline();
    await expect.poll(async () => (await server.storedVisits()).length).toBe(4);
    engine.stop();
  });

  it('backs off after a failure, honouring Retry-After, even when a save comes meanwhile', async () => {
    const { server, db } = await enrolledTablet();
    const time = manualTime();
    await logVisits(db, 1, POINT);
    // 429 with Retry-After: 120 first, then the server is fine.
    const faulty = faultyFetch(server.fetch, (call) => (call === 1 ? 'status-429' : 'ok'));
    const engine = createSyncEngine({
      db,
      transport: createFetchTransport({ fetch: faulty.fetch }),
      clock: time.clock,
      timers: time.timers,
      random: () => 0.5,
      locks: null,
    });
    engine.start();
    await expect.poll(() => time.nextDelay()).toBe(120_000);
    expect((await getSyncStatus(db)).nextAttemptAt).toBe(new Date(time.clock() + 120_000).toISOString());
    // A save during the backoff does not jump the queue.
    await logVisits(db, 1, POINT);
    await engine.requestSync();
    expect(time.nextDelay()).toBe(120_000);
    time.advance(120_000);
    await expect.poll(async () => (await server.storedVisits()).length).toBe(2);
    await settle(engine);
    expect(await getSyncStatus(db)).toMatchObject({
      consecutiveFailures: 0,
      lastError: null,
      nextAttemptAt: null,
    });
    engine.stop();
  });

  it('leaves the sync to the tab holding the lock and looks again a minute later', async () => {
    const { server, db } = await enrolledTablet();
    const time = manualTime();
    await logVisits(db, 1, POINT);
    let isHeldElsewhere = true;
    const engine = createSyncEngine({
      db,
      transport: createFetchTransport({ fetch: server.fetch }),
      clock: time.clock,
      timers: time.timers,
      locks: { request: (_name, _options, callback) => callback(isHeldElsewhere ? null : {}) },
    });
    engine.start();
    await expect.poll(() => time.nextDelay()).toBe(PENDING_POLL_MS);
    expect(await server.storedVisits()).toEqual([]);
    isHeldElsewhere = false;
    time.advance(PENDING_POLL_MS);
    await expect.poll(async () => (await server.storedVisits()).length).toBe(1);
    engine.stop();
  });
});
