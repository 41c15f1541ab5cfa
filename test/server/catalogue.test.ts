import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { referenceCatalogue } from '../../src/domain/catalogue';
import { draftOf } from '../../src/domain/catalogue-publish';
import { makeVisit } from '../support/visit-factory';
import { backends, testServer, type TestServer } from './app-fixture';
import { draftCalls, inForce, publish, versionTwo } from './catalogue-support';

describe.each(backends)('catalogue versions on $title', ({ kind, skip }) => {
  let server: TestServer;
  beforeEach(async () => {
    if (!skip) server = await testServer(kind);
  });
  afterEach(async () => {
    if (!skip) await server.close();
  });

  it.skipIf(skip)('starts a new install on the reference catalogue as version 1', async () => {
    expect((await inForce(server)).version).toBe(referenceCatalogue.version);
    const history = (await server.asAdmin('GET', '/api/v1/catalogue/versions')).json();
    expect(history).toMatchObject({
      inForce: referenceCatalogue.version,
      versions: [{ number: 1, version: referenceCatalogue.version, publishedBy: null }],
    });
  });

  it.skipIf(skip)(
    'refuses a second save over someone else’s, and a save that names no revision',
    async () => {
      const calls = draftCalls(server);
      expect((await calls.get()).statusCode).toBe(404);
      const draft = draftOf(await inForce(server));
      const first = await calls.put(draft);
      expect(first.statusCode).toBe(200);
      const revision = first.headers.etag as string;
      // A second admin opened the same revision and saves first.
      draft.topics[0]!.en = 'Money';
      const second = await calls.put(draft, revision);
      expect(second.statusCode).toBe(200);
      draft.topics[0]!.en = 'Finances';
      const late = await calls.put(draft, revision);
      expect(late.statusCode).toBe(412);
      expect(late.json()).toMatchObject({ error: 'draft-changed' });
      expect((await calls.put(draft)).statusCode).toBe(428);
      const kept = (await calls.get()).json();
      expect(kept.catalogue.topics[0].en).toBe('Money');
      expect((await calls.remove(revision)).statusCode).toBe(412);
      expect((await calls.remove(second.headers.etag as string)).statusCode).toBe(204);
      expect((await calls.get()).statusCode).toBe(404);
    },
  );

  it.skipIf(skip)('publishes nothing while the draft has problems, and lists every one', async () => {
    const calls = draftCalls(server);
    const draft = draftOf(await inForce(server));
    draft.topics.push({ ...draft.topics[0]! });
    draft.topicGroups[0]!.fi = '';
    draft.referrals.find((r) => r.code === 'resolved')!.next = 'client-contacts-unit';
    draft.referrals[1]!.continues = ['no.such-code'];
    draft.topics.push({
      code: 'leisure.sport',
      fi: 'Liikunta',
      sv: 'Motion',
      en: 'Sport',
      retired: false,
      continues: [],
    });
    const saved = await calls.put(draft);
    const refused = await calls.publish(saved.headers.etag as string);
    expect(refused.statusCode).toBe(422);
    expect(
      refused
        .json()
        .problems.map((p: { kind: string }) => p.kind)
        .sort(),
    ).toEqual([
      'duplicate-code',
      'empty-label',
      'meaning-changed',
      'topic-without-group',
      'unknown-continues',
    ]);
    expect((await inForce(server)).version).toBe(referenceCatalogue.version);
    expect((await calls.get()).statusCode).toBe(200);
  });

  it.skipIf(skip)(
    'publishes a draft as the next version, audited, and keeps the draft admin-only',
    async () => {
      const version = await publish(server, versionTwo, 'Kela relabelled, cancellations merged');
      expect(version).toBe('2');
      const catalogue = await inForce(server);
      expect(catalogue.version).toBe('2');
      expect(catalogue.topics.find((t) => t.code === 'health.mental')).toMatchObject({ retired: true });
      const history = (await server.asAdmin('GET', '/api/v1/catalogue/versions')).json();
      expect(history.versions[0]).toMatchObject({
        number: 2,
        version: '2',
        publishedBy: 'admin',
        note: 'Kela relabelled, cancellations merged',
      });
      expect(history.versions[0].changes).toContainEqual({
        list: 'topics',
        code: 'health.mental',
        kind: 'retired',
      });
      expect(history.versions[0].changes).toContainEqual({
        list: 'referrals',
        code: 'external.kela',
        kind: 'relabelled',
      });
      const old = await server.asAdmin('GET', `/api/v1/catalogue/versions/${referenceCatalogue.version}`);
      expect(old.json().referrals.find((r: { code: string }) => r.code === 'external.kela').fi).toBe('Kela');
      const audit = await server.store.auditLog();
      expect(audit.find((a) => a.action === 'catalogue-published')).toMatchObject({
        details: { version: '2' },
      });
      expect((await draftCalls(server).get()).statusCode).toBe(404);

      await server.asAdmin('POST', '/api/v1/points', { id: 'hyvinkaa', name: 'Hyvinkää' });
      const supervisor = await server.signInSupervisor(['hyvinkaa']);
      const asSupervisor = await server.call({
        method: 'GET',
        url: '/api/v1/catalogue/draft',
        headers: { authorization: `Bearer ${supervisor}` },
      });
      expect(asSupervisor.statusCode).toBe(403);
    },
  );

  it.skipIf(skip)(
    'accepts, exactly once, every visit a tablet logged offline on version 1 while version 2 was published',
    async () => {
      const tablet = await server.enrolTablet('hyvinkaa');
      const v1 = referenceCatalogue.version;
      const offline = [
        makeVisit({ catalogueVersion: v1, topics: ['health.mental'], referrals: ['external.kela'] }),
        makeVisit({ catalogueVersion: v1, topics: ['practical.cancel-primary'], referrals: [] }),
        makeVisit({ catalogueVersion: v1, topics: ['practical.cancel-specialist'], referrals: ['resolved'] }),
      ];
      await publish(server, versionTwo);
      expect(await server.statuses(tablet.token, offline)).toEqual(['accepted', 'accepted', 'accepted']);
      expect(await server.statuses(tablet.token, offline)).toEqual(['duplicate', 'duplicate', 'duplicate']);
      expect(await server.store.countStoredVisits()).toBe(3);

      // Back online, the tablet fetches the version in force and logs its next visit under it.
      const fetched = await server.call({
        method: 'GET',
        url: '/api/v1/catalogue',
        headers: { authorization: `Bearer ${tablet.token}` },
      });
      expect(fetched.json().version).toBe('2');
      const next = makeVisit({
        catalogueVersion: '2',
        topics: ['practical.cancel'],
        referrals: ['external.kela'],
      });
      // Editing an old visit keeps its version and its retired code.
      const edited = { ...offline[0]!, rev: 2, ageGroup: 'working-age' };
      const unknown = makeVisit({ catalogueVersion: '2', topics: ['practical.nonsense'] });
      const results = (await server.sendBatch(tablet.token, [next, edited, unknown])).json().results;
      expect(results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'accepted', 'rejected']);
      expect(results[2].reason).toContain('Unknown topic "practical.nonsense" in catalogue 2');
      expect(await server.store.countStoredVisits()).toBe(4);
    },
  );
});
