import type { Catalogue } from '../../src/domain/catalogue';
import { draftOf } from '../../src/domain/catalogue-publish';
import type { DraftContent } from '../../src/domain/catalogue-versions';
import type { BatchResponse } from '../../src/domain/sync-protocol';
import type { Visit } from '../../src/domain/visit';
import { TEST_ADMIN } from './server-process';

/** An admin's calls to a listening server over real HTTP, for setting up sync scenarios. */
export async function signInAsAdmin(baseUrl: string) {
  const login = await fetch(`${baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(TEST_ADMIN),
  });
  if (!login.ok) throw new Error(`admin login failed: ${login.status} ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };
  const call = async (path: string, init: { method?: string; body?: unknown } = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        authorization: `Bearer ${token}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json().catch(() => null)) as unknown;
  };
  /** Create a point and a fresh enrolment code for it. */
  const pointWithCode = async (id: string, name: string): Promise<string> => {
    await call('/api/v1/points', { body: { id, name } });
    const { code } = (await call(`/api/v1/points/${id}/enrolments`, { body: {} })) as { code: string };
    return code;
  };
  return {
    call,
    pointWithCode,
    /** Change the catalogue in force with `edit` and publish it, as an admin on the catalogue page would. */
    async publishCatalogue(edit: (draft: DraftContent) => void): Promise<void> {
      const draft = draftOf((await call('/api/v1/catalogue')) as Catalogue);
      edit(draft);
      const saved = await fetch(`${baseUrl}/api/v1/catalogue/draft`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ catalogue: draft, note: '' }),
      });
      if (!saved.ok) throw new Error(`saving the draft: ${saved.status} ${await saved.text()}`);
      const published = await fetch(`${baseUrl}/api/v1/catalogue/draft/publish`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'if-match': saved.headers.get('etag') ?? '' },
      });
      if (!published.ok) throw new Error(`publishing: ${published.status} ${await published.text()}`);
    },
    /** Create a point and enrol one tablet there, as the tablet's first-run screen would. */
    async enrolTablet(pointId: string, label = 'Desk'): Promise<{ token: string; deviceId: string }> {
      const code = await pointWithCode(pointId, `Point ${pointId}`);
      const enrolled = await fetch(`${baseUrl}/api/v1/devices/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, label }),
      });
      if (!enrolled.ok) throw new Error(`enrol failed: ${enrolled.status} ${await enrolled.text()}`);
      return (await enrolled.json()) as { token: string; deviceId: string };
    },
  };
}

/** POST a batch as a tablet; throws on anything but 200 (as a lost connection would). */
export async function postBatch(baseUrl: string, token: string, visits: Visit[]): Promise<BatchResponse> {
  const response = await fetch(`${baseUrl}/api/v1/visits/batch`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ visits }),
  });
  if (response.status !== 200) throw new Error(`batch answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as BatchResponse;
}
