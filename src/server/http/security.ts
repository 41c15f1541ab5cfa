import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy the PWA runs under: everything from our own origin, nothing inline
 * (Vite emits external scripts and styles), QR codes as data:/blob: images, no framing.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

/** HSTS for a year once the proxy says the browser came over HTTPS. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Security headers on every answer. API answers carry tokens, accounts and figures: none may sit
 * in a browser's or a proxy's cache (`no-store`, unless a route chose otherwise). Behind a TLS
 * proxy (`TRUST_PROXY`), answers to HTTPS requests add HSTS; plain HTTP on a LAN stays allowed.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: false,
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    return payload;
  });
}

/**
 * Fastify's `trustProxy` from the TRUST_PROXY setting: unset, forwarded headers are ignored;
 * `true` (any proxy: only when nothing but the proxy can reach the server), or the proxies'
 * addresses and subnets (`loopback`, `10.0.0.0/8,127.0.0.1`).
 */
export function trustProxyOf(setting: string | undefined): boolean | string {
  if (setting === undefined || setting === '' || setting === 'false') return false;
  if (setting === 'true') return true;
  return setting;
}
