import { afterAll, beforeAll, vi } from 'vitest';
import { testServer, type TestServer } from '../server/app-fixture';
import { inProcessFetch } from './in-process-fetch';

type ServerOptions = Parameters<typeof testServer>[1];

/**
 * One real in-process server (SQLite file) for a page test file: started before its tests, closed
 * after. Tests share it, so each names its own points and accounts. `server()` is the running one.
 */
export function pageServer(options: ServerOptions = {}): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await testServer('sqlite', options);
  });
  afterAll(async () => server?.close());
  return () => {
    if (!server) throw new Error('The page server starts in beforeAll');
    return server;
  };
}

/**
 * Sign in on the server as a browser would, and point the page's `fetch` at it with that session's
 * cookie (undone by `vi.unstubAllGlobals()`). Returns the fetch, e.g. to sign out "in another tab".
 */
export async function browseAs(
  server: TestServer,
  credentials: { username: string; password: string },
): Promise<typeof fetch> {
  const fetch = inProcessFetch(server.app);
  const answer = await fetch('/api/v1/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!answer.ok) throw new Error(`signing in as ${credentials.username} failed: ${await answer.text()}`);
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
