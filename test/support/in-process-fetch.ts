import type { FastifyInstance } from 'fastify';

/**
 * A `fetch` for component tests that calls a real in-process server (`app.inject`) as the browser
 * would: the session cookie it sets is kept and sent back, with `Sec-Fetch-Site: same-origin`.
 */
export function inProcessFetch(app: FastifyInstance) {
  let cookie: string | undefined;
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await app.inject({
      method: (init?.method ?? 'GET') as 'GET',
      url: String(input),
      headers: {
        ...Object.fromEntries(new Headers(init?.headers).entries()),
        'sec-fetch-site': 'same-origin',
        ...(cookie && { cookie }),
      },
      ...(typeof init?.body === 'string' && { payload: init.body }),
    });
    for (const set of response.cookies) {
      cookie = set.value === '' || set.maxAge === 0 ? undefined : `${set.name}=${set.value}`;
    }
    const isBodiless = response.statusCode === 204;
    return new Response(isBodiless ? null : response.body, {
      status: response.statusCode,
      headers: { 'content-type': String(response.headers['content-type'] ?? 'application/json') },
    });
  };
}
