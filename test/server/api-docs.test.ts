import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiMarkdown } from '../../src/server/ops/api-docs';
import { testServer, type TestServer } from './app-fixture';

describe('docs/api.md', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer('sqlite');
  });
  afterAll(async () => server.close());

  it('describes exactly the routes the server serves (run `npm run docs:api` after changing one)', async () => {
    const served = (await server.call({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const written = readFileSync(resolve(import.meta.dirname, '../../docs/api.md'), 'utf8');
    const wanted = apiMarkdown(served);
    // Compared as text so the failure shows the lines that drifted.
    expect(written, 'docs/api.md differs from the served OpenAPI document: run `npm run docs:api`').toBe(
      wanted,
    );
    expect(written).toContain('### POST `/api/v1/visits/batch`');
    expect(written).toContain('### GET `/readyz`');
  });
});
