import { z } from 'zod/mini';
import { errorKinds, isErrorCode, type ErrorCode, type ErrorKind } from '../../domain/error-codes';
import { anyErrorBodySchema } from '../../domain/sync-protocol';

/**
 * What a call's failure is, to branch on: the server's code, `network` when no answer came
 * (offline, server down), `unexpected-answer` when the answer was not one this build knows.
 */
export type ApiErrorCode = ErrorCode | 'network' | 'unexpected-answer';

/** What a failure means, to branch on: the code's kind (see `errorKinds`), or the two above. */
export type ApiErrorKind = ErrorKind | 'network' | 'unexpected-answer';

/** Why a signed-in user's call failed, as a value the UI can branch on. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly kind: ApiErrorKind;
  /** The whole error body, for answers that carry more than a message (a 422's list of problems). */
  readonly body: unknown;

  constructor(code: ApiErrorCode, message: string, body?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.kind = code === 'network' || code === 'unexpected-answer' ? code : errorKinds[code];
    this.body = body;
  }
}

/** Options of one call: a JSON body (or a file, sent as it is), or a method without one. */
export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** `If-Match`: the version of what the call replaces, so a change made meanwhile is refused. */
  ifMatch?: string;
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
  if (request.body instanceof Blob) {
    init.headers = { ...init.headers, 'content-type': request.body.type || 'application/octet-stream' };
    init.body = request.body;
  } else if (request.body !== undefined) {
    init.headers = { ...init.headers, 'content-type': 'application/json' };
    init.body = JSON.stringify(request.body);
  }
  if (request.ifMatch !== undefined) init.headers = { ...init.headers, 'if-match': request.ifMatch };
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network', 'No connection to the server.');
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
  if (!parsed.success) throw new ApiError('unexpected-answer', 'The server sent an unexpected answer.');
  return parsed.data;
}

async function errorOf(response: Response): Promise<ApiError> {
  const json: unknown = await response.json().catch(() => undefined);
  const body = anyErrorBodySchema.safeParse(json);
  if (!body.success) {
    return new ApiError('unexpected-answer', response.statusText || `HTTP ${response.status}`);
  }
  const { error, message } = body.data;
  return new ApiError(isErrorCode(error) ? error : 'unexpected-answer', message, json);
}

/** Whether an error means the person's session is over, so the page shows the sign-in form again. */
export function isSessionGone(error: unknown): boolean {
  return error instanceof ApiError && error.kind === 'unauthenticated';
}
