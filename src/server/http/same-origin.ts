import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errorCodes } from '../../domain/error-codes';
import { SESSION_COOKIE } from '../auth/guards';
import { HttpError } from './http-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether the browser says the request came from a page of this same origin. */
function isSameOrigin(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin';
  // A browser without fetch metadata still sends Origin on a POST; compare it with our own.
  const origin = request.headers.origin;
  return origin !== undefined && origin === `${request.protocol}://${request.host}`;
}

/**
 * CSRF defence in depth beside the SameSite=Strict cookie: a state change authenticated by the
 * session cookie must come from our own origin (Sec-Fetch-Site, else Origin) with a JSON body, so
 * neither a cross-site form (text/plain, urlencoded) nor another site's script can make one.
 * Bearer calls (tablets, scripts) carry no ambient credential and are unaffected.
 */
export function requireSameOriginForCookies(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || request.headers.authorization) return;
    if (!request.cookies[SESSION_COOKIE]) return;
    if (!isSameOrigin(request)) {
      throw new HttpError(
        403,
        errorCodes.crossSiteRequest,
        'This change must come from a Neuvo page of this same site; reload the page and try again',
      );
    }
    const type = request.headers['content-type'];
    const hasBody =
      request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0';
    if ((hasBody || request.headers['transfer-encoding']) && !/^application\/json\b/i.test(type ?? '')) {
      throw new HttpError(415, errorCodes.unsupportedMediaType, 'Send the body as application/json');
    }
  });
}
