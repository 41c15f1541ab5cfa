import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody } from '../../domain/sync-protocol';
import { HttpError } from './http-error';
import { errorCodes } from '../../domain/error-codes';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './unavailable';

/** Turn Fastify's own error codes into the contract's kebab-case codes and plain words. */
function describe(error: FastifyError): ErrorBody & { statusCode: number } {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        statusCode: 413,
        error: errorCodes.bodyTooLarge,
        message: 'The request body is too large; send fewer visits per batch',
      };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        statusCode: 400,
        error: errorCodes.malformedJson,
        message: `The body is not valid JSON: ${error.message}`,
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        statusCode: 415,
        error: errorCodes.unsupportedMediaType,
        message: 'Send the body as application/json',
      };
    default:
      break;
  }
  if (error.statusCode === 429) {
    return { statusCode: 429, error: errorCodes.tooManyRequests, message: error.message };
  }
  if (error instanceof SyntaxError || error.statusCode === 400) {
    return { statusCode: 400, error: errorCodes.badRequest, message: error.message };
  }
  return { statusCode: error.statusCode ?? 500, error: errorCodes.requestFailed, message: error.message };
}

/** Validation issues as one line: "visits: Too big: expected array to have <=500 items". */
function validationMessage(issues: { instancePath?: string; message?: string }[]): string {
  return issues
    .slice(0, 5)
    .map(
      (i) =>
        `${i.instancePath ? `${i.instancePath.replace(/^\//, '').replaceAll('/', '.')}: ` : ''}${i.message ?? 'invalid'}`,
    )
    .join('; ');
}

/** Hook run after an error answer is chosen; the batch route uses it to audit rejected batches. */
export type ErrorObserver = (request: FastifyRequest, statusCode: number, body: ErrorBody) => Promise<void>;

/**
 * The one error handler: 4xx answers `{ error, message }` with words a person can act on; 5xx
 * answers hide the cause (it is logged) so internals never leak to a client.
 */
export function installErrorHandler(app: FastifyInstance, observe: ErrorObserver): void {
  app.setErrorHandler(async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    let statusCode: number;
    let body: ErrorBody;
    if (error instanceof HttpError) {
      statusCode = error.statusCode;
      body = { error: error.code, message: error.message };
      reply.headers(error.headers);
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      statusCode = 400;
      body = {
        error: errorCodes.invalidBody,
        message: `The request does not have the expected form: ${validationMessage(error.validation)}`,
      };
    } else if (isDatabaseUnavailable(error)) {
      // Not a bug: the database is away for now. The tablet keeps its visits and sends them again.
      request.log.warn({ err: error }, 'database unavailable');
      statusCode = 503;
      body = {
        error: errorCodes.databaseUnavailable,
        message: 'The server cannot reach its database right now; try again in a moment',
      };
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    } else {
      const described = describe(error);
      statusCode = described.statusCode;
      body = { error: described.error, message: described.message };
    }
    if (statusCode >= 500 && statusCode !== 503) {
      // With its stack; the answer says nothing of it.
      request.log.error({ err: error }, 'request failed');
      body = {
        error: errorCodes.serverError,
        message: 'The server could not complete the request; try again later',
      };
    }
    await observe(request, statusCode, body);
    return reply.code(statusCode).send(body);
  });
}
