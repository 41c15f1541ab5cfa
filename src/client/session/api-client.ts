import { z } from 'zod/mini';
import { errorBodySchema } from '../../domain/sync-protocol';

/**
 * Why a signed-in user's call failed, as a value the UI can branch on. `status` is 0 when no
 * answer came (offline, server down); `code` is the server's kebab-case `error` when it sent one.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

/** Options of one call: a JSON body, or a method without one. */
export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Call the API as the signed-in person. Same origin only, with the HttpOnly session cookie; no
 * UI side effects (no redirects, no toasts): callers decide what an error means to the user.
 */
export async function apiFetch(path: string, request: ApiRequest = {}): Promise<Response> {
  const init: RequestInit = {
    method: request.method ?? (request.body === undefined ? 'GET' : 'POST'),
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    signal: request.signal,
  };
  if (request.body !== undefined) {
    init.headers = { ...init.headers, 'content-type': 'application/json' };
    init.body = JSON.stringify(request.body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'No connection to the server.');
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

/**
 * Call the API and validate the JSON answer with `schema`; a body that does not fit is an error.
 * Any zod 4 schema fits, but the client uses zod/mini throughout: classic 'zod' anywhere, even on a
 * lazy page, pulls more of zod's shared core into the tablet's first load.
 */
export async function apiJson<S extends z.core.$ZodType>(
  path: string,
  schema: S,
  request: ApiRequest = {},
): Promise<z.output<S>> {
  const response = await apiFetch(path, request);
  const parsed = z.safeParse(schema, await response.json().catch(() => undefined));
  if (!parsed.success)
    throw new ApiError(response.status, 'unexpected-answer', 'The server sent an unexpected answer.');
  return parsed.data;
}

async function errorOf(response: Response): Promise<ApiError> {
  const body = errorBodySchema.safeParse(await response.json().catch(() => undefined));
  if (body.success) return new ApiError(response.status, body.data.error, body.data.message);
  return new ApiError(
    response.status,
    `http-${response.status}`,
    response.statusText || `HTTP ${response.status}`,
  );
}
