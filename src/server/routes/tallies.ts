import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { helsinkiDate, monthOf } from '../../domain/helsinki-date';
import { errorBodySchema } from '../../domain/sync-protocol';
import { tallyAnswerSchema, tallyQuerySchema } from '../../domain/tally-api';
import { writeCsv } from '../export/csv';
import { quarterFigures } from '../export/quarter-sheet';
import { tallyReport } from '../export/tally-report';
import { exportTables } from '../export/tally-tables';
import { writeXlsx } from '../export/xlsx';
import { HttpError } from '../http/http-error';
import type { Account } from '../store/account-queries';
import type { RouteDeps } from './deps';
import { errorCodes } from '../../domain/error-codes';

/** The points a tally may cover: the asked ones if the person may see them all, else all they may see. */
async function pointsFor(account: Account, asked: string[], deps: RouteDeps): Promise<string[]> {
  const visible =
    account.role === 'admin' ? (await deps.store.listPoints()).map((p) => p.id) : account.points;
  if (visible.length === 0) {
    throw new HttpError(
      403,
      errorCodes.noPoints,
      'Your account has no advice points yet; ask an administrator to give you the points you supervise',
    );
  }
  if (asked.length === 0) return visible;
  const unknown = asked.filter((id) => !visible.includes(id));
  if (unknown.length > 0) {
    throw account.role === 'admin'
      ? new HttpError(404, errorCodes.unknownPoint, `No such point: ${unknown.join(', ')}`)
      : new HttpError(403, errorCodes.notYourPoint, `You may not see the tallies of: ${unknown.join(', ')}`);
  }
  return [...new Set(asked)].sort();
}

/** GET /api/v1/tallies: the supervisors' tallies as JSON, CSV or XLSX (exports are audited). */
export async function tallyRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const { store, guards } = deps;
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/tallies',
    {
      onRequest: guards.requireRole('supervisor', 'admin'),
      schema: {
        summary:
          'Tallies over a range of months for one, several or all of your points (JSON, or CSV/XLSX downloads)',
        querystring: tallyQuerySchema,
        response: {
          200: tallyAnswerSchema,
          400: errorBodySchema,
          401: errorBodySchema,
          403: errorBodySchema,
          404: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const account = request.account!;
      // Months not yet begun have nothing to count; asking for one is a slip worth pointing out.
      const thisMonth = monthOf(helsinkiDate(store.clock()));
      if (query.to > thisMonth) {
        throw new HttpError(
          400,
          errorCodes.futureMonth,
          `"to" is ${query.to}, a month that has not begun yet; choose ${thisMonth} or earlier`,
        );
      }
      const points = await pointsFor(account, query.point ?? [], deps);
      const catalogue = await deps.catalogues.inForce();
      const compare = new Set(query.compare ?? []);
      const report = await tallyReport(store, { from: query.from, to: query.to, points }, catalogue, {
        previous: compare.has('previous'),
        year: compare.has('year'),
      });
      if (query.format === 'json') return report;

      const suppress = query.suppress === 'true';
      const { heading, tables, suppressedText } = exportTables(report, catalogue, {
        lang: query.lang,
        suppress,
        ...(query.format === 'xlsx' && {
          quarter: await quarterFigures(store, report.coverage.points, query.to),
        }),
      });
      const body =
        query.format === 'csv'
          ? writeCsv(heading, tables, query.lang, suppressedText)
          : await writeXlsx(heading, tables, suppressedText);
      // Who exported what and when; never any visit's contents.
      await store.audit({
        actorKind: 'user',
        actorId: account.id,
        action: 'tally-exported',
        details: {
          username: account.username,
          from: query.from,
          to: query.to,
          points,
          format: query.format,
          lang: query.lang,
          suppress,
        },
      });
      const file = `neuvo-${query.from}_${query.to}.${query.format}`;
      // Files are sent as they are: Fastify serialises only objects, so the JSON schema does not apply.
      const sendFile = reply.send.bind(reply) as unknown as (payload: string | Buffer) => typeof reply;
      reply
        .header(
          'content-type',
          query.format === 'csv'
            ? 'text/csv; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        )
        .header('content-disposition', `attachment; filename="${file}"`)
        .header('cache-control', 'no-store');
      return sendFile(body);
    },
  );
}
