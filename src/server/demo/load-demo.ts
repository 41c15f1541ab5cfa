import { hashPassword } from '../auth/password';
import { hashToken, newEnrolmentCode, newToken } from '../auth/tokens';
import { MAX_BATCH_VISITS } from '../../domain/sync-protocol';
import type { Store } from '../store/store';
import { keusoteDemoVisits, keusotePoints } from './keusote-visits';
import { randomUUID } from 'node:crypto';

/** The demonstration supervisor; the password can be chosen with NEUVO_DEMO_PASSWORD. */
export const DEMO_SUPERVISOR = { username: 'ohjaaja', password: 'neuvo-demo-2023' };
const DEMO_TABLET = 'Demo tablet';

export interface DemoResult {
  pointsCreated: number;
  visitsStored: number;
  supervisorCreated: boolean;
}

/**
 * Load the demonstration data set: Keusote's six points, a tablet at each, the 1,506 visits of
 * its January–June 2023 table, and a supervisor of all six points. Idempotent: points, tablets and
 * the supervisor are created only if missing, and the visits have fixed ids, so a second run
 * stores nothing new (the server's own idempotent ingest sees them as duplicates).
 */
export async function loadDemo(store: Store, supervisor = DEMO_SUPERVISOR): Promise<DemoResult> {
  let pointsCreated = 0;
  for (const point of keusotePoints) if (await store.createPoint(point)) pointsCreated += 1;

  const tablets = new Map(
    (await store.listDevices())
      .filter((d) => d.label === DEMO_TABLET && !d.revokedAt)
      .map((d) => [d.pointId, d.id]),
  );
  for (const point of keusotePoints) {
    if (tablets.has(point.id)) continue;
    // Enrolled like any tablet, but nobody ever sees its token: the demo only needs its sync time.
    const code = newEnrolmentCode();
    await store.createEnrolment(point.id, hashToken(code), new Date(store.clock().getTime() + 60_000));
    const device = await store.enrolDevice({
      codeHash: hashToken(code),
      deviceId: randomUUID(),
      label: DEMO_TABLET,
      tokenHash: hashToken(newToken()),
    });
    if (device && device !== 'locked') tablets.set(point.id, device.id);
  }

  let visitsStored = 0;
  const visits = keusoteDemoVisits();
  for (const point of keusotePoints) {
    const own = visits.filter((v) => v.pointId === point.id);
    // In batches a tablet could send, so the demo goes through the same ingest as real visits.
    for (let i = 0; i < own.length; i += MAX_BATCH_VISITS) {
      const outcomes = await store.ingestVisits(tablets.get(point.id)!, own.slice(i, i + MAX_BATCH_VISITS));
      for (const outcome of outcomes.values()) if (outcome.status === 'accepted') visitsStored += 1;
    }
  }

  let supervisorCreated = false;
  if (!(await store.userByName(supervisor.username))) {
    await store.createUser({
      username: supervisor.username,
      passwordHash: await hashPassword(supervisor.password),
      role: 'supervisor',
      points: keusotePoints.map((p) => p.id),
    });
    supervisorCreated = true;
  }
  await store.audit({
    actorKind: 'anonymous',
    actorId: null,
    action: 'demo-loaded',
    details: { pointsCreated, visitsStored, supervisorCreated },
  });
  return { pointsCreated, visitsStored, supervisorCreated };
}
