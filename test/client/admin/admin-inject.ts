import { testServer, type TestServer } from '../../server/app-fixture';

/**
 * The real server in-process (SQLite) and a `fetch` for the page that reaches it through
 * `app.inject` as the signed-in admin, so the admin screens are tested against the real routes.
 */
export async function adminOnRealServer(): Promise<{ server: TestServer; fetch: typeof fetch }> {
  const server = await testServer('sqlite');
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await server.app.inject({
      method: (init?.method ?? 'GET') as 'GET',
      url: String(input),
      headers: {
        ...Object.fromEntries(new Headers(init?.headers).entries()),
        authorization: `Bearer ${server.adminToken}`,
      },
      ...(typeof init?.body === 'string' && { payload: init.body }),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
    }
    const isBodiless = response.statusCode === 204 || response.statusCode === 304;
    return new Response(isBodiless ? null : response.body, { status: response.statusCode, headers });
  };
  return { server, fetch: fetch as typeof globalThis.fetch };
}
