import type { FastifyInstance } from 'fastify';
import { draftOf } from '../../domain/catalogue-publish';
import { sheetRefusalSchema } from '../../domain/catalogue-sheet';
import { draftSchema } from '../../domain/catalogue-versions';
import { catalogueWorkbook, readCatalogueWorkbook, XLSX_TYPE } from '../export/catalogue-xlsx';
import { problemText } from '../export/sheet-problems';
import { HttpError } from '../http/http-error';
import { DRAFT_URL, saveDraft, sendDraft } from './catalogue-draft';
import type { RouteDeps } from './deps';

const XLSX_URL = `${DRAFT_URL}.xlsx`;
/** Largest workbook accepted: a catalogue of a few hundred rows is some tens of kilobytes. */
const MAX_XLSX_BYTES = 2 * 1024 * 1024;

/** The draft as a spreadsheet: download it, edit it in Excel, upload it back into the draft. */
export async function catalogueXlsxRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const { store, guards } = deps;
  const admin = guards.requireRole('admin');
  // The upload arrives as the raw file; only this route reads these types.
  app.addContentTypeParser(
    [XLSX_TYPE, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: MAX_XLSX_BYTES },
    (_request, body, done) => done(null, body),
  );
  app.get(
    XLSX_URL,
    {
      onRequest: admin,
      schema: {
        summary:
          'The draft as XLSX (one sheet per list: code, fi, sv, en, group, next step, retired, continues); the version in force when there is no draft',
      },
    },
    async (_request, reply) => {
      const draft = await store.readDraft();
      const content = draft?.catalogue ?? draftOf(await deps.catalogues.inForce());
      if (draft) reply.header('etag', `"${draft.revision}"`);
      reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename="catalogue-draft.xlsx"`)
        .header('cache-control', 'no-store');
      return reply.send(await catalogueWorkbook(content));
    },
  );
  app.put(
    XLSX_URL,
    {
      onRequest: admin,
      bodyLimit: MAX_XLSX_BYTES,
      schema: {
        summary:
          'Replace the draft with an uploaded XLSX (If-Match as for PUT /catalogue/draft); nothing changes unless the whole file is valid: 422 lists every problem, each with a code',
        response: { 200: draftSchema, 422: sheetRefusalSchema },
      },
    },
    async (request, reply) => {
      const body = request.body;
      if (!Buffer.isBuffer(body)) {
        throw new HttpError(
          415,
          'not-xlsx',
          `Send the spreadsheet itself as the body, with Content-Type ${XLSX_TYPE}`,
        );
      }
      const read = await readCatalogueWorkbook(body);
      if (read.status === 'not-xlsx') {
        throw new HttpError(
          415,
          'not-xlsx',
          'This file is not an Excel workbook (.xlsx); download the draft as XLSX, edit it and save it as .xlsx',
        );
      }
      if (read.status === 'invalid') {
        const count = read.problems.length;
        return reply.code(422).send({
          error: 'spreadsheet-invalid' as const,
          message: `Nothing was changed: the spreadsheet has ${count} ${count === 1 ? 'problem' : 'problems'}. ${read.problems
            .slice(0, 3)
            .map(problemText)
            .join('; ')}`,
          problems: read.problems,
        });
      }
      const note = (await store.readDraft())?.note ?? '';
      return sendDraft(reply, await saveDraft(deps, request, read.content, note));
    },
  );
}
