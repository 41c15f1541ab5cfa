import { resolve } from 'node:path';
import { buildApp } from './app';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

const app = await buildApp({ staticDir: resolve(import.meta.dirname, '../../dist') });
await app.listen({ port, host });
const address = app.server.address();
const actualPort = typeof address === "object" && address ? address.port : port;
console.log(`Neuvo is running at http://${host === "0.0.0.0" ? "localhost" : host}:${actualPort}/`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void app.close().then(() => process.exit(0)));
}
