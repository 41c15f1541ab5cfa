import type { Visit } from '../../../src/domain/visit';
import type { FetchLike } from '../../../src/client/sync/transport';
import { testServer } from '../../server/app-fixture';

/**
 * The real server in-process (buildApp on a fresh SQLite store), with one tablet enrolled at
 * `pointId`; `fetch` speaks to it through `app.inject`, so the engine's real transport is used.
 */
export async function realServer(pointId = 'hyvinkaa') {
  const server = await testServer('sqlite', { batchesPerMinute: 1_000_000 });
  const tablet = await server.enrolTablet(pointId);
  const batches: number[] = [];
  const fetch: FetchLike = async (url, init) => {
    if (url.endsWith('/api/v1/visits/batch') && typeof init.body === 'string') {
      batches.push((JSON.parse(init.body) as { visits: unknown[] }).visits.length);
    }
    const response = await server.app.inject({
      method: (init.method ?? 'GET') as 'GET' | 'POST',
      url,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      ...(typeof init.body === 'string' && { payload: init.body }),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
    }
    const isBodiless = response.statusCode === 204 || response.statusCode === 304;
    return new Response(isBodiless ? null : response.body, { status: response.statusCode, headers });
  };
  return {
    fetch,
    token: tablet.token,
    deviceId: tablet.deviceId,
    pointId,
    /** Sizes of the batches that reached the server, in order. */
    batches,
    /** An admin's call to the same server. */
    asAdmin: server.asAdmin,
    revoke: async () => {
      const response = await server.asAdmin('POST', `/api/v1/devices/${tablet.deviceId}/revoke`, {});
      if (response.statusCode >= 300) throw new Error(`revoke failed: ${response.body}`);
    },
    storedVisits: (): Promise<Visit[]> => server.store.listVisits(),
    storedRowCount: () => server.store.countStoredVisits(),
    close: () => server.close(),
  };
}
