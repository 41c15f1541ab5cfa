import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';

export interface AppOptions {
  /** The built PWA to serve; omitted in API-only tests. */
  staticDir?: string;
}

/** Build the service: plugins and routes registered explicitly. Tests call this and `inject`. */
export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get('/api/v1/health', async () => ({ ok: true }));
  if (options.staticDir) {
    await app.register(fastifyStatic, { root: options.staticDir, wildcard: false });
    // Client-side routes (/slip/…, /reports) load the app shell.
    app.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith('/api/')) return reply.code(404).send({ error: 'not-found', message: 'No such API route' });
      return reply.sendFile('index.html');
    });
  }
  return app;
}
