import type { Catalogue } from '../../src/domain/catalogue';
import { draftOf } from '../../src/domain/catalogue-publish';
import type { DraftContent } from '../../src/domain/catalogue-versions';
import type { TestServer } from './app-fixture';

/** An admin's calls to the draft routes, with If-Match when given. */
export function draftCalls(server: TestServer) {
  const headers = (ifMatch?: string) => ({
    authorization: `Bearer ${server.adminToken}`,
    ...(ifMatch !== undefined && { 'if-match': ifMatch }),
  });
  return {
    get: () => server.call({ method: 'GET', url: '/api/v1/catalogue/draft', headers: headers() }),
    put: (catalogue: DraftContent, ifMatch?: string, note = '') =>
      server.call({
        method: 'PUT',
        url: '/api/v1/catalogue/draft',
        headers: headers(ifMatch),
        payload: { catalogue, note },
      }),
    remove: (ifMatch?: string) =>
      server.call({ method: 'DELETE', url: '/api/v1/catalogue/draft', headers: headers(ifMatch) }),
    publish: (ifMatch?: string) =>
      server.call({ method: 'POST', url: '/api/v1/catalogue/draft/publish', headers: headers(ifMatch) }),
  };
}

/** The catalogue in force as the server gives it. */
export async function inForce(server: TestServer): Promise<Catalogue> {
  return (await server.asAdmin('GET', '/api/v1/catalogue')).json() as Catalogue;
}

/** Start a draft from the version in force, change it with `edit`, and publish it; returns the new version id. */
export async function publish(
  server: TestServer,
  edit: (draft: DraftContent) => void,
  note = '',
): Promise<string> {
  const calls = draftCalls(server);
  const draft = draftOf(await inForce(server));
  edit(draft);
  const saved = await calls.put(draft, undefined, note);
  if (saved.statusCode !== 200)
    throw new Error(`saving the draft answered ${saved.statusCode}: ${saved.body}`);
  const published = await calls.publish(saved.headers.etag as string);
  if (published.statusCode !== 201)
    throw new Error(`publishing answered ${published.statusCode}: ${published.body}`);
  return (published.json() as { version: string }).version;
}

/** Version 2 of the tests: a retired topic, a relabelled referral and a merge of two topics into a new one. */
export function versionTwo(draft: DraftContent): void {
  draft.topics.find((t) => t.code === 'health.mental')!.retired = true;
  draft.referrals.find((r) => r.code === 'external.kela')!.fi = 'Kelan palvelut';
  for (const code of ['practical.cancel-primary', 'practical.cancel-specialist']) {
    draft.topics.find((t) => t.code === code)!.retired = true;
  }
  draft.topics.push({
    code: 'practical.cancel',
    fi: 'Ajan peruminen tai siirto',
    sv: 'Avbokning eller flytt av tid',
    en: 'Cancel or move an appointment',
    retired: false,
    continues: ['practical.cancel-primary', 'practical.cancel-specialist'],
  });
}
