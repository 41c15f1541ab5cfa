import { assertNever } from '../../domain/assert-never';
import { pointSchema, type Point } from '../../domain/point';
import { catalogueSchema, type Catalogue } from '../../domain/catalogue';
import { directorySchema, type Directory } from '../../domain/directory';
import { errorKinds, isErrorCode } from '../../domain/error-codes';
import { anyErrorBodySchema, batchResponseSchema, type BatchResponse } from '../../domain/sync-protocol';
import { DEVICE_HEALTH_HEADER, type DeviceHealth } from '../../domain/device-health';
import type { Visit } from '../../domain/visit';
import type { SyncFailureReason } from '../db/sync-state';

/** Why a batch was not answered with results; `retryAfterMs` when the server said when to come back. */
export interface TransportError {
  reason: Exclude<SyncFailureReason, 'not-enrolled'>;
  message: string;
  retryAfterMs?: number;
}

/** The answer to one batch: results (one per visit) or why there are none. */
export type BatchOutcome = { ok: true; response: BatchResponse } | { ok: false; error: TransportError };

/** How the engine reaches the server; tests swap in flaky or in-process ones. */
export interface Transport {
  /** POST /api/v1/visits/batch with the device token. */
  sendBatch(visits: readonly Visit[], token: string): Promise<BatchOutcome>;
  /** GET /api/v1/catalogue with the device token; null when it could not be fetched. */
  fetchCatalogue(token: string): Promise<Catalogue | null>;
  /** GET /api/v1/points/{id}: the tablet's own point (its name for the desk and the slip); null on failure. */
  fetchPoint(token: string, pointId: string): Promise<Point | null>;
  /** GET /api/v1/directory: contact details for offline slips; null on failure. Optional so test transports may leave it out. */
  fetchDirectory?(token: string): Promise<Directory | null>;
}

/** The `fetch` the transport calls: the browser's, or an in-process server's in tests. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Where and how the transport calls the server (the app: same origin, the browser's fetch). */
export interface FetchTransportOptions {
  baseUrl?: string;
  fetch?: FetchLike;
  /** A batch not answered within this time is abandoned and retried later. */
  timeoutMs?: number;
  /** The tablet's health, sent in a header with every call that carries the device token. */
  health?: () => Promise<DeviceHealth>;
}

/** The real transport over HTTP. */
export function createFetchTransport(options: FetchTransportOptions = {}): Transport {
  const baseUrl = options.baseUrl ?? '';
  const doFetch: FetchLike = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function call(path: string, init: RequestInit): Promise<Response | TransportError> {
    const health = options.health && (await options.health().catch(() => null));
    if (health)
      init = { ...init, headers: { ...init.headers, [DEVICE_HEALTH_HEADER]: JSON.stringify(health) } };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      return await doFetch(baseUrl + path, {
        ...init,
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      return controller.signal.aborted
        ? { reason: 'timeout', message: `No answer within ${Math.round(timeoutMs / 1000)} s.` }
        : { reason: 'network', message: 'No connection to the server.' };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async sendBatch(visits, token) {
      const response = await call('/api/v1/visits/batch', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify({ visits }),
      });
      if (!(response instanceof Response)) return { ok: false, error: response };
      if (response.ok) return parseResults(response, visits);
      return { ok: false, error: await errorOf(response) };
    },
    async fetchCatalogue(token) {
      const response = await call('/api/v1/catalogue', { headers: { authorization: `Bearer ${token}` } });
      if (!(response instanceof Response) || !response.ok) return null;
      const parsed = catalogueSchema.safeParse(await response.json().catch(() => undefined));
      return parsed.success ? parsed.data : null;
    },
    async fetchPoint(token, pointId) {
      const response = await call(`/api/v1/points/${encodeURIComponent(pointId)}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (!(response instanceof Response) || !response.ok) return null;
      const parsed = pointSchema.safeParse(await response.json().catch(() => undefined));
      return parsed.success ? parsed.data : null;
    },
    async fetchDirectory(token) {
      const response = await call('/api/v1/directory', { headers: { authorization: `Bearer ${token}` } });
      if (!(response instanceof Response) || !response.ok) return null;
      const parsed = directorySchema.safeParse(await response.json().catch(() => undefined));
      return parsed.success ? parsed.data : null;
    },
  };
}

async function parseResults(response: Response, visits: readonly Visit[]): Promise<BatchOutcome> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    // The body was cut off mid-way: the batch may or may not be stored; resending is safe.
    return { ok: false, error: { reason: 'network', message: 'The answer was cut off.' } };
  }
  const parsed = batchResponseSchema.safeParse(body);
  if (!parsed.success || parsed.data.results.length !== visits.length) {
    return {
      ok: false,
      error: {
        reason: 'unexpected-answer',
        message: 'The server sent an answer that does not fit the batch.',
      },
    };
  }
  return { ok: true, response: parsed.data };
}

async function errorOf(response: Response): Promise<TransportError> {
  const body = anyErrorBodySchema.safeParse(await response.json().catch(() => undefined));
  const message = body.success ? body.data.message : `HTTP ${response.status}`;
  const code = body.success ? body.data.error : '';
  if (!isErrorCode(code)) return byStatus(response, message);
  // Each kind decides what the engine does next (see the contract's Sync section).
  const kind = errorKinds[code];
  switch (kind) {
    // The server no longer takes this token (revoked, or never enrolled there, e.g. a restored
    // database) or none came: all mean the same to the engine, stop and enrol again; visits stay.
    case 'device-gone':
    case 'unauthenticated':
      return { reason: 'device-revoked', message };
    case 'too-large':
      return { reason: 'too-large', message };
    case 'rate-limited':
      return { reason: 'rate-limited', message, retryAfterMs: retryAfterMs(response) };
    case 'server-trouble':
      return { reason: 'server-error', message, retryAfterMs: retryAfterMs(response) };
    // Refusals of the request as sent, and answers the batch route does not give: shown with the
    // server's words.
    case 'invalid-request':
    case 'not-found':
    case 'bad-credentials':
    case 'bad-enrolment-code':
    case 'refusal':
      return { reason: 'bad-request', message };
    default:
      return assertNever(kind);
  }
}

/**
 * An answer without a code this build knows: a proxy's page (nginx's 413 or 502) or a newer
 * server's code. Only then does the status number decide.
 */
function byStatus(response: Response, message: string): TransportError {
  const status = response.status;
  if (status === 413) return { reason: 'too-large', message };
  if (status === 429) return { reason: 'rate-limited', message, retryAfterMs: retryAfterMs(response) };
  if (status >= 500) return { reason: 'server-error', message, retryAfterMs: retryAfterMs(response) };
  return { reason: 'bad-request', message };
}

/** `Retry-After` in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(response: Response, now = Date.now()): number | undefined {
  const value = response.headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
