import type { ErrorCode } from '../../domain/error-codes';

/** An error answer a person can act on: thrown in routes, turned into `{ error, message }` centrally. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
