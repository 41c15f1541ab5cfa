import { vi } from 'vitest';
import type { Visit } from '../../../src/domain/visit';
import { NeuvoDb, type VisitRow } from '../../../src/client/db/database';
import { saveDevice } from '../../../src/client/db/device';
import { wireVisit } from '../../../src/client/db/outbox';
import { pendingRow } from '../../../src/client/db/pending-row';
import type { Timers } from '../../../src/client/sync/scheduler';
import type { FetchLike } from '../../../src/client/sync/transport';
import { checkSync, syncProblems } from '../../support/sync-checker';
import { makeVisit } from '../../support/visit-factory';

let dbCount = 0;
/** A fresh tablet database (fake-indexeddb), enrolled with `token` at `pointId` when given. */
export async function freshTablet(enrolment?: {
  token: string;
  pointId: string;
  deviceId?: string;
}): Promise<NeuvoDb> {
  dbCount += 1;
  const db = new NeuvoDb(`sync-test-${dbCount}-${Math.random()}`);
  if (enrolment) {
    await saveDevice(
      {
        deviceId: enrolment.deviceId ?? 'd1',
        token: enrolment.token,
        pointId: enrolment.pointId,
        label: 'Desk 1',
        enrolledAt: '2026-03-02T08:00:00.000Z',
      },
      db,
    );
  }
  return db;
}

/** Save a visit the way the desk does: rev + 1 and pending, in one write. */
export async function saveOnTablet(db: NeuvoDb, visit: Visit): Promise<VisitRow> {
  return db.transaction('rw', db.visits, async () => {
    const existing = await db.visits.get(visit.id);
    const row = pendingRow({ ...visit, rev: existing ? existing.rev + 1 : visit.rev }, existing?.sentRev);
    await db.visits.put(row);
    return row;
  });
}

/** `n` new visits at `pointId`, saved on the tablet. */
export async function logVisits(db: NeuvoDb, n: number, pointId: string): Promise<VisitRow[]> {
  const rows: VisitRow[] = [];
  for (let i = 0; i < n; i += 1) {
    const minute = String(i % 60).padStart(2, '0');
    rows.push(
      await saveOnTablet(
        db,
        makeVisit({
          pointId,
          recordedAt: `2026-03-02T10:${minute}:00.000+02:00`,
          visitDate: '2026-03-02',
          sector: i % 3 === 0 ? 'social' : 'health',
          ageGroup: i % 2 === 0 ? 'older' : 'working-age',
          topics: i % 3 === 0 ? ['social.income'] : ['health.prescription'],
        }),
      ),
    );
  }
  return rows;
}

/** Time driven by hand: the engine's clock and timers. */
export function manualTime(start = Date.parse('2026-03-02T08:00:00.000Z')) {
  let now = start;
  let nextId = 1;
  const due = new Map<number, { at: number; callback: () => void }>();
  const timers: Timers = {
    setTimeout(callback, ms) {
      const id = nextId++;
      due.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      due.delete(handle as number);
    },
  };
  return {
    clock: () => now,
    timers,
    /** The delay until the next timer, or null. */
    nextDelay: (): number | null =>
      due.size === 0 ? null : Math.min(...[...due.values()].map((t) => t.at)) - now,
    /** Move time on, firing the timers that fall due. */
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const next = [...due.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!next || next[1].at > until) break;
        due.delete(next[0]);
        now = next[1].at;
        next[1].callback();
      }
      now = until;
    },
  };
}

/** A fetch that fails in chosen ways around a real one; counts what it did. */
export function faultyFetch(
  inner: FetchLike,
  choose: (
    call: number,
    url: string,
  ) => 'ok' | 'fail-before' | 'lose-answer' | 'cut-body' | 'hang' | 'status-503' | 'status-429',
) {
  const stats = { calls: 0, forwarded: 0 };
  const fetch: FetchLike = async (url, init) => {
    stats.calls += 1;
    const fault = choose(stats.calls, url);
    if (fault === 'fail-before') throw new TypeError('Failed to fetch');
    if (fault === 'status-503')
      return jsonResponse(503, { error: 'server-error', message: 'Try later.' }, { 'retry-after': '7' });
    if (fault === 'status-429')
      return jsonResponse(
        429,
        { error: 'too-many-requests', message: 'Slow down.' },
        { 'retry-after': '120' },
      );
    const response = await inner(url, init);
    stats.forwarded += 1;
    switch (fault) {
      case 'ok':
        return response;
      case 'lose-answer':
        // The server committed; the answer never reached the tablet.
        throw new TypeError('Failed to fetch');
      case 'cut-body': {
        const text = await response.text();
        return new Response(text.slice(0, Math.floor(text.length / 2)), {
          status: response.status,
          headers: response.headers,
        });
      }
      case 'hang':
        // Committed, but the answer takes longer than the transport waits.
        // The transport may have given up already while the server worked: reject at once then.
        return new Promise<Response>((_, reject) => {
          const abort = () => reject(new DOMException('aborted', 'AbortError'));
          if (init.signal?.aborted) abort();
          init.signal?.addEventListener('abort', abort);
        });
    }
  };
  return { fetch: vi.fn(fetch), stats };
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/**
 * The sync rule from the tablets' side, using the shared checker (test/support/sync-checker.ts):
 * nothing pending any more, and the server holds exactly the tablets' current revs (rejected
 * ones excepted): nothing lost, nothing twice, nothing stale, tallies equal.
 */
export async function checkSynced(tablets: NeuvoDb[], serverVisits: Visit[]): Promise<string[]> {
  const problems: string[] = [];
  const created: Visit[] = [];
  for (const db of tablets) {
    for (const row of await db.visits.toArray()) {
      if (row.rejection?.rev === row.rev) continue;
      if (row.isPending === 1) problems.push(`${row.id} is still pending`);
      created.push(wireVisit(row));
    }
  }
  return [...problems, ...syncProblems(checkSync(created, serverVisits))];
}
