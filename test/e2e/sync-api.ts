import { TEST_ADMIN } from '../support/server-process';

/** An admin's calls to the real server over HTTP (cookie kept by hand), for setting up sync scenarios. */
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
      headers: { authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json().catch(() => null)) as unknown;
  };
  return {
    call,
    /** Create a point and a fresh enrolment code for it. */
    async pointWithCode(id: string, name: string): Promise<string> {
      await call('/api/v1/points', { body: { id, name } });
      const { code } = (await call(`/api/v1/points/${id}/enrolments`, { body: {} })) as { code: string };
      return code;
    },
  };
}
