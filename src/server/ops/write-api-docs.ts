import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp } from '../app';
import { openSqliteStore } from '../store/sqlite';
import { apiMarkdown } from './api-docs';

// `npm run docs:api`: build the app on a throwaway database and write what it serves to docs/api.md.
const dataDir = mkdtempSync(join(tmpdir(), 'neuvo-api-docs-'));
const store = await openSqliteStore({ dataDir });
const app = await buildApp({ store });
try {
  const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  const file = resolve(import.meta.dirname, '../../../docs/api.md');
  writeFileSync(file, apiMarkdown(response.json()));
  console.log(`Wrote ${file}`);
} finally {
  await app.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
}
