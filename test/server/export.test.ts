import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelFor, referenceCatalogue as catalogue } from '../../src/domain/catalogue';
import type { Lang } from '../../src/domain/lang';
import type { TallyReport } from '../../src/server/export/tally-report';
import { keusoteVisits, makeVisit } from '../support/visit-factory';
import { backends, testServer, type TestServer } from './app-fixture';
import { sendAll, supervisorOf, tallyOf } from './tally-support';

const RANGE = 'from=2023-01&to=2023-06';

/** Rows of a table in a parsed CSV: the rows after its title and column row, up to the next empty row. */
function csvTable(rows: string[][], title: string): { columns: string[]; rows: string[][] } {
  const start = rows.findIndex((r) => r.length === 1 && r[0] === title);
  if (start === -1) throw new Error(`no table "${title}" in the CSV`);
  const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === '');
  return { columns: rows[start + 1]!, rows: rows.slice(start + 2, end === -1 ? undefined : end) };
}

/** What each table should say, from the JSON tally, keyed by the labels a reader sees. */
function expectedFromJson(tally: TallyReport, lang: Lang) {
  const ageRows = Object.entries(tally.byAgeGroup).map(([code, c]) => [
    labelFor(catalogue.ageGroups, code, lang),
    c.social,
    c.health,
    c.both,
    c.total,
  ]);
  const topicRows = Object.fromEntries(
    Object.entries(tally.byTopic).map(([code, c]) => [
      labelFor(catalogue.topics, code, lang),
      [c.count, c.share * 100],
    ]),
  );
  const referralRows = Object.fromEntries(
    Object.entries(tally.byReferral).map(([code, c]) => [
      labelFor(catalogue.referrals, code, lang),
      [c.count, c.share * 100],
    ]),
  );
  const groupRows = Object.fromEntries(
    Object.entries(tally.byTopicGroup).map(([code, c]) => [
      labelFor(catalogue.topicGroups, code, lang),
      [c.count, c.share * 100],
    ]),
  );
  const monthRows = Object.entries(tally.byMonth).map(([month, m]) => [
    month,
    m.bySector.social,
    m.bySector.health,
    m.bySector.both,
    m.visits,
  ]);
  return { ageRows, topicRows, referralRows, groupRows, monthRows };
}

describe.each(backends)('tally exports on $title', ({ kind, skip }) => {
  let server: TestServer;
  let get: Awaited<ReturnType<typeof supervisorOf>>;
  let tally: TallyReport;

  beforeAll(async () => {
    if (skip) return;
    server = await testServer(kind);
    const { token } = await server.enrolTablet('hyvinkaa');
    const visits = keusoteVisits('hyvinkaa').map((v, i) =>
      i % 3 === 0 ? { ...v, topics: [...v.topics, 'practical.digital-support'], referrals: ['resolved'] } : v,
    );
    // Two rare cells (fewer than 5 visits) for the suppression option.
    visits.push(
      makeVisit({
        visitDate: '2023-04-04',
        ageGroup: 'families',
        sector: 'both',
        topics: ['social.disability'],
        referrals: ['external.parish'],
      }),
      makeVisit({
        visitDate: '2023-04-05',
        ageGroup: 'families',
        sector: 'both',
        topics: ['social.disability'],
        referrals: ['external.parish'],
      }),
    );
    await sendAll(server, token, visits);
    get = await supervisorOf(server, ['hyvinkaa']);
    tally = await tallyOf(get, RANGE);
  }, 60_000);
  afterAll(async () => {
    if (!skip) await server.close();
  });

  it.skipIf(skip)(
    'writes a Finnish CSV Excel opens right (BOM, ";" and decimal comma) that says the same as the JSON',
    async () => {
      const response = await get(`${RANGE}&format=csv&lang=fi`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toContain(
        'attachment; filename="neuvo-2023-01_2023-06.csv"',
      );
      const bytes = response.rawPayload;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { delimiter: ';' });
      expect(parsed.errors).toEqual([]);
      const rows = parsed.data;
      expect(rows[0]).toEqual(['Lähineuvonnan käynnit']);
      expect(rows).toContainEqual(['Ajanjakso', '2023-01 – 2023-06']);
      expect(rows).toContainEqual(['Neuvontapisteet', 'Point hyvinkaa (hyvinkaa)']);
      expect(rows.find((r) => r[0] === 'Viety')?.[1]).toMatch(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0[23]:00$/,
      );

      const expected = expectedFromJson(tally, 'fi');
      const ages = csvTable(rows, 'Käynnit ikäryhmittäin ja palvelualoittain');
      expect(ages.columns).toEqual([
        'Ikäryhmä',
        'Sosiaalipalvelut',
        'Terveyspalvelut',
        'Molemmat',
        'Yhteensä',
        'Osuus käynneistä, %',
      ]);
      expect(ages.rows.slice(0, 3).map((r) => [r[0], ...r.slice(1, 5).map(Number)])).toEqual(
        expected.ageRows,
      );
      expect(ages.rows[3]).toEqual(['Kaikki', '287', '1219', '2', '1508', '100,0']);
      expect(ages.rows[1]![5]).toBe('44,8'); // 676 / 1508 working-age visits

      const months = csvTable(rows, 'Käynnit kuukausittain');
      expect(months.rows.map((r) => [r[0], ...r.slice(1).map(Number)])).toEqual(expected.monthRows);
      const asCountAndPercent = (table: { rows: string[][] }, labelAt: number) =>
        Object.fromEntries(
          table.rows.map((r) => [
            r[labelAt],
            [Number(r[labelAt + 1]), Number(r[labelAt + 2]!.replace(',', '.'))],
          ]),
        );
      const near = (record: Record<string, number[]>) =>
        Object.fromEntries(Object.entries(record).map(([k, [n, p]]) => [k, [n, Math.round(p! * 10) / 10]]));
      expect(asCountAndPercent(csvTable(rows, 'Asiaryhmät'), 0)).toEqual(near(expected.groupRows));
      const topics = csvTable(rows, 'Asiat');
      expect(asCountAndPercent(topics, 1)).toEqual(near(expected.topicRows));
      // Sorted by count, largest first.
      const topicCounts = topics.rows.map((r) => Number(r[2]));
      expect(topicCounts).toEqual([...topicCounts].sort((a, b) => b - a));
      expect(asCountAndPercent(csvTable(rows, 'Ohjaukset'), 0)).toEqual(near(expected.referralRows));
    },
  );

  it.skipIf(skip)(
    'writes an English CSV with "," and a decimal dot, labels from the catalogue in English',
    async () => {
      const text = (await get(`${RANGE}&format=csv&lang=en`)).body.slice(1);
      const rows = Papa.parse<string[]>(text, { delimiter: ',' }).data;
      const ages = csvTable(rows, 'Visits by age group and sector');
      expect(ages.columns).toEqual([
        'Age group',
        'Social care',
        'Health care',
        'Both',
        'Total',
        'Share of visits, %',
      ]);
      expect(ages.rows[2]).toEqual(['Older people 65+', '141', '631', '0', '772', '51.2']);
      expect(csvTable(rows, 'Topic groups').rows[0]![0]).toBe('Health');
    },
  );

  it.skipIf(skip)(
    'writes an XLSX with one sheet per table, each saying the period and export time, equal to the JSON',
    async () => {
      const response = await get(`${RANGE}&format=xlsx&lang=sv`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        'Åldersgrupp',
        'Månad',
        'Ärendegrupper',
        'Ärenden',
        'Hänvisningar',
        'Besök per rådgivningspunkt',
        'Rådgivningspunkter per månad',
        'Ärenden per tjänsteområde',
        'Hänvisningar per tjänsteområde',
        'Kvartal',
        'Täckning',
      ]);
      const values = (sheet: ExcelJS.Worksheet) =>
        Array.from(sheet.getSheetValues().slice(1), (row) => (Array.isArray(row) ? row.slice(1) : []));
      for (const sheet of workbook.worksheets) {
        const rows = values(sheet);
        expect(rows).toContainEqual(['Period', '2023-01 – 2023-06']);
        expect(rows.find((r) => r[0] === 'Exporterad')?.[1]).toEqual(
          expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        );
      }
      const expected = expectedFromJson(tally, 'sv');
      const tableRows = (sheet: ExcelJS.Worksheet) => {
        const rows = values(sheet);
        return rows.slice(rows.findIndex((r) => r.length === 0) + 2);
      };
      const ages = tableRows(workbook.getWorksheet('Åldersgrupp')!);
      expect(ages.slice(0, 3).map((r) => r.slice(0, 5))).toEqual(expected.ageRows);
      expect(ages[3]!.slice(0, 5)).toEqual(['Alla', 287, 1219, 2, 1508]);
      expect(tableRows(workbook.getWorksheet('Månad')!)).toEqual(expected.monthRows);
      const byLabel = (rows: unknown[][], at: number) =>
        Object.fromEntries(rows.map((r) => [r[at], [r[at + 1], r[at + 2]]]));
      const near = (record: Record<string, number[]>) =>
        Object.fromEntries(Object.entries(record).map(([k, [n, p]]) => [k, [n, Math.round(p! * 10) / 10]]));
      expect(byLabel(tableRows(workbook.getWorksheet('Ärendegrupper')!), 0)).toEqual(
        near(expected.groupRows),
      );
      expect(byLabel(tableRows(workbook.getWorksheet('Ärenden')!), 1)).toEqual(near(expected.topicRows));
      expect(byLabel(tableRows(workbook.getWorksheet('Hänvisningar')!), 0)).toEqual(
        near(expected.referralRows),
      );
    },
  );

  it.skipIf(skip)(
    'hides counts of 1 to 4 visits, their shares, and the counts they could be worked out from, when asked to (figures going outside)',
    async () => {
      const rows = Papa.parse<string[]>(
        (await get(`${RANGE}&format=csv&lang=en&suppress=true`)).body.slice(1),
        { delimiter: ',' },
      ).data;
      expect(rows).toContainEqual([
        '',
        'Figures under 5 visits are hidden (..), and so are figures they could be worked out from with the totals.',
      ]);
      const ages = csvTable(rows, 'Visits by age group and sector');
      // Families: 6 social, 52 health, 2 both. The 2 is hidden, and so is the 6, or 60 − 52 would give the 2 away.
      expect(ages.rows[0]).toEqual(['Families with children', '..', '52', '..', '60', '4.0']);
      // No row or sector column of the table adds up to a shown total with exactly one count hidden.
      const lines = [
        ...ages.rows.map((row) => row.slice(1, 5)),
        ...[1, 2, 3].map((c) => ages.rows.map((row) => row[c]!)),
      ];
      for (const line of lines) expect(line.filter((cell) => cell === '..').length).not.toBe(1);
      const months = csvTable(rows, 'Visits by month');
      expect(months.rows.find((row) => row[0] === '2023-04')?.slice(1)).toContain('..');
      expect(csvTable(rows, 'Referrals').rows).toContainEqual(['Parish', '..', '..']);
      expect(csvTable(rows, 'Referrals').rows).toContainEqual(['Kela (social insurance)', '0', '0.0']);
      const plain = Papa.parse<string[]>((await get(`${RANGE}&format=csv&lang=en`)).body.slice(1), {
        delimiter: ',',
      }).data;
      expect(csvTable(plain, 'Referrals').rows).toContainEqual(['Parish', '2', '0.1']);
      expect(csvTable(plain, 'Visits by age group and sector').rows[0]).toEqual([
        'Families with children',
        '6',
        '52',
        '2',
        '60',
        '4.0',
      ]);
    },
  );

  it.skipIf(skip)(
    'writes every export, and nothing else, to the audit log: who, range, points, format; never visit contents',
    async () => {
      const exports = async () =>
        (await server.store.auditLog()).filter((e) => e.action === 'tally-exported');
      const before = (await exports()).length;
      await get(`${RANGE}&format=xlsx&lang=fi&point=hyvinkaa`);
      await get(RANGE);
      const after = await exports();
      // One more line for the file; the JSON read is not an export.
      expect(after).toHaveLength(before + 1);
      const xlsx = after.find((e) => e.details.format === 'xlsx' && e.details.lang === 'fi');
      expect(xlsx).toMatchObject({
        actorKind: 'user',
        details: {
          username: 'sini',
          from: '2023-01',
          to: '2023-06',
          points: ['hyvinkaa'],
          format: 'xlsx',
          lang: 'fi',
          suppress: false,
        },
      });
      expect(Object.keys(xlsx!.details).sort()).toEqual([
        'format',
        'from',
        'lang',
        'points',
        'suppress',
        'to',
        'username',
      ]);
    },
  );
});
