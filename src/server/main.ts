import { resolve } from 'node:path';
import { buildApp } from './app';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const dataDir = resolve(process.env.NEUVO_DATA_DIR ?? './data');

const app = await buildApp({
  // NEUVO_STATIC_DIR serves another build (a browser test deploys a second version of the app).
  staticDir: process.env.NEUVO_STATIC_DIR
    ? resolve(process.env.NEUVO_STATIC_DIR)
    : resolve(import.meta.dirname, '../../dist'),
  dataDir,
  databaseUrl: process.env.DATABASE_URL || undefined,
  bootstrapAdmin: process.env.NEUVO_BOOTSTRAP_ADMIN || undefined,
});
await app.listen({ port, host });
const address = app.server.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}/`;
console.log(`Neuvo is running at ${url}`);
console.log(
  process.env.DATABASE_URL ? 'Storage: PostgreSQL (DATABASE_URL)' : `Storage: SQLite in ${dataDir}`,
);
const setupCode = app.setupCode();
if (setupCode) {
  console.log(
    `No admin yet. Open ${url}admin and create the first admin with this one-time setup code: ${setupCode}`,
  );
  console.log(
    '(or start with NEUVO_BOOTSTRAP_ADMIN=user:password; `npm run demo` also creates a demonstration supervisor)',
  );
} else {
  console.log(`Sign in at ${url}admin with an admin account.`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void app.close().then(() => process.exit(0)));
}
