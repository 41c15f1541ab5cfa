import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditPageSchema, auditQuerySchema, type AuditQuery } from '../../domain/audit-api';
import { errorCodes } from '../../domain/error-codes';
import { addDays, helsinkiDayStart } from '../../domain/helsinki-date';
import { errorBodySchema } from '../../domain/sync-protocol';
import { auditCsv } from '../export/audit-csv';
import { HttpError } from '../http/http-error';
import type { AuditFilter, AuditLine } from '../store/audit-search-queries';
import type { RouteDeps } from './deps';

const CSV_CHUNK = 1000;

/** The query's filters in the store's terms: a username to its id, Helsinki days to UTC instants. */
async function filterOf(query: AuditQuery, deps: RouteDeps): Promise<AuditFilter> {
  let actorId: string | undefined;
  if (query.user !== undefined) {
    const user = await deps.store.userByName(query.user);
    if (!user) throw new HttpError(404, errorCodes.unknownUser, `No user "${query.user}"`);
    actorId = user.id;
  }
  const [at, id] = query.before?.split('~') ?? [];
  return {
    actorKind: query.user !== undefined ? 'user' : query.actorKind,
    actorId,
    action: query.action,
    from: query.from && helsinkiDayStart(query.from),
    until: query.to && helsinkiDayStart(addDays(query.to, 1)),
    after: at && id ? { at, id } : undefined,
  };
}

/** Every matching line, newest first, a chunk at a time (keyset paging: each chunk costs the same). */
async function* allLines(deps: RouteDeps, filter: AuditFilter): AsyncGenerator<AuditLine[]> {
  let after = filter.after;
  for (;;) {
    const lines = await deps.store.auditLines({ ...filter, after }, CSV_CHUNK);
    yield lines;
    if (lines.length < CSV_CHUNK) return;
    const last = lines[lines.length - 1]!;
    after = { at: last.at, id: last.id };
  }
}

/** GET /api/v1/audit: the audit log for admins, filtered and paged, or as CSV (the export is audited). */
export async function auditRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const { store, guards } = deps;
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/audit',
    {
      onRequest: guards.requireRole('admin'),
      schema: {
        summary:
          'The audit log, newest first: filter by user or actor kind, action and Helsinki dates; pages of up to 200 (`next` continues), or all of it as CSV',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, 400: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const filter = await filterOf(query, deps);
      if (query.format === 'json') {
        const lines = await store.auditLines(filter, query.limit);
        const last = lines.length === query.limit ? lines[lines.length - 1] : undefined;
        return { entries: lines, next: last ? `${last.at}~${last.id}` : null };
      }
      const account = request.account!;
      // Written before the file is read: an export of the log shows itself.
      await store.audit({
        actorKind: 'user',
        actorId: account.id,
        action: 'audit-exported',
        details: {
          username: account.username,
          ...Object.fromEntries(
            (['user', 'actorKind', 'action', 'from', 'to'] as const)
              .filter((key) => query[key] !== undefined)
              .map((key) => [key, query[key]]),
          ),
          lang: query.lang,
        },
      });
      const name = `neuvo-audit${query.from ? `-${query.from}` : ''}${query.to ? `_${query.to}` : ''}.csv`;
      // A stream is sent as it is: Fastify serialises only objects, so the JSON schema does not apply.
      const sendStream = reply.send.bind(reply) as unknown as (payload: Readable) => typeof reply;
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store');
      return sendStream(Readable.from(auditCsv(allLines(deps, filter), query.lang)));
    },
  );
}
