import type { Visit } from '../../src/domain/visit';
import type { BatchResponse } from '../../src/domain/sync-protocol';
import { ADMIN } from './app-fixture';

/** Real HTTP calls as an admin and as tablets, for tests against a listening server. */
export async function httpAdmin(baseUrl: string) {
  const login = await fetch(`${baseUrl}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  if (!login.ok) throw new Error(`admin login failed: ${login.status} ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<Record<string, string>>;
  };
  return {
    /** Create a point and enrol one tablet there. */
    async enrolTablet(pointId: string): Promise<{ token: string; deviceId: string }> {
      await post('/api/v1/points', { id: pointId, name: `Point ${pointId}` });
      const { code } = await post(`/api/v1/points/${pointId}/enrolments`, {});
      const enrolled = await fetch(`${baseUrl}/api/v1/devices/enrol`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, label: 'Desk' }) });
      const { token, deviceId } = (await enrolled.json()) as { token: string; deviceId: string };
      return { token, deviceId };
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
