import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from './app-fixture';

describe('serving the built app', () => {
  const staticDir = mkdtempSync(join(tmpdir(), 'neuvo-static-'));
  let server: TestServer;
  beforeAll(async () => {
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Neuvo</title>');
    writeFileSync(join(staticDir, 'app.js'), 'console.log(1)');
    server = await testServer('sqlite', { staticDir });
  });
  afterAll(async () => {
    await server.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  it("answers the app's own pages (slip, reports) with the shell, and serves files as they are", async () => {
    for (const url of ['/', '/reports', '/slip/5b1c0a47-2f0e-4d7e-9a51-0c3c1b5e8f10?lang=sv']) {
      const response = await server.call({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain('<title>Neuvo</title>');
    }
    expect((await server.call({ method: 'GET', url: '/app.js' })).body).toBe('console.log(1)');
  });

  it('answers a missing file or API route with 404, never with the shell a service worker could cache as a script', async () => {
    for (const url of ['/assets/index-gone.js', '/icons/icon-1024.png', '/api/v1/nothing']) {
      const response = await server.call({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json(), url).toMatchObject({ error: 'not-found' });
    }
  });
});
