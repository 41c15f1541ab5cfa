import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { referenceCatalogue } from '../../src/domain/catalogue';
import type { Visit } from '../../src/domain/visit';
import { makeVisit } from '../support/visit-factory';
import { backends, testServer, type TestServer } from './app-fixture';
import { publish, versionTwo } from './catalogue-support';
import { sendAll, supervisorOf, tallyOf } from './tally-support';

const YEAR = 'from=2025-01&to=2025-12';

/** `count` visits on the 10th of `month` under `version` with these topics and referrals. */
const visits = (
  count: number,
  month: string,
  version: string,
  topics: string[],
  referrals: string[] = [],
): Visit[] =>
  Array.from({ length: count }, () =>
    makeVisit({
      visitDate: `2025-${month}-10`,
      recordedAt: `2025-${month}-10T10:00:00.000+02:00`,
      catalogueVersion: version,
      topics,
      referrals,
    }),
  );

describe.each(backends)('a year tally across catalogue versions on $title', ({ kind, skip }) => {
  let server: TestServer;
  beforeEach(async () => {
    if (!skip) server = await testServer(kind);
  });
  afterEach(async () => {
    if (!skip) await server.close();
  });

  it.skipIf(skip)(
    'counts merged codes together, labels by the newest version, marks retired codes and says which versions the data covers',
    async () => {
      const tablet = await server.enrolTablet('hyvinkaa');
      const v1 = referenceCatalogue.version;
      await sendAll(server, tablet.token, [
        ...visits(3, '01', v1, ['practical.cancel-primary'], ['external.kela']),
        ...visits(2, '02', v1, ['practical.cancel-specialist']),
        ...visits(2, '03', v1, ['health.mental'], ['external.kela']),
      ]);
      await publish(server, versionTwo);
      await sendAll(server, tablet.token, visits(4, '05', '2', ['practical.cancel'], ['external.kela']));
      const get = await supervisorOf(server, ['hyvinkaa']);

      const tally = await tallyOf(get, YEAR);
      expect(tally.visits).toBe(11);
      expect(tally.byTopic['practical.cancel']).toEqual({ count: 9, share: 0.818 });
      expect(tally.byTopic).not.toHaveProperty('practical.cancel-primary');
      expect(tally.byTopic['health.mental']).toEqual({ count: 2, share: 0.182 });
      expect(tally.byReferral['external.kela']!.count).toBe(9);
      expect(tally.catalogue.versions).toEqual([
        { version: v1, number: 1, visits: 7 },
        { version: '2', number: 2, visits: 4 },
      ]);
      expect(tally.catalogue.labelsFrom).toBe('2');
      expect(tally.catalogue.notes).toEqual([
        { list: 'topics', kind: 'retired', code: 'health.mental', codes: [], since: null },
        {
          list: 'topics',
          kind: 'merged',
          code: 'practical.cancel',
          codes: ['practical.cancel-primary', 'practical.cancel-specialist'],
          since: expect.any(String),
        },
      ]);

      const csv = Papa.parse<string[]>((await get(`${YEAR}&format=csv&lang=fi`)).body.slice(1), {
        delimiter: ';',
      }).data;
      expect(csv.find((row) => row[0] === 'Luokitusversiot')?.[1]).toBe(
        `1 (${v1}), 2. Nimikkeet versiosta 2.`,
      );
      expect(csv).toContainEqual(['Terveysasiat', 'Mielenterveys (poistunut)', '2', '18,2']);
      expect(csv).toContainEqual(['Käytännön asiat', 'Ajan peruminen tai siirto', '9', '81,8']);
      expect(csv).toContainEqual(['Kelan palvelut', '9', '81,8']);
      const notes = csv.filter((row) => row[0] === 'Huomautus').map((row) => row[1]);
      expect(notes).toHaveLength(2);
      expect(notes[1]).toMatch(
        /^"Ajan peruminen tai siirto": sisältää myös luokat "Ajan peruminen\/siirto \(perusterveydenhuolto\)", "Ajan peruminen\/siirto \(erikoissairaanhoito\)" \(yhdistetty \d+\.\d+\.\d{4}\)$/,
      );

      const xlsx = await get(`${YEAR}&format=xlsx&lang=en`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      for (const sheet of workbook.worksheets) {
        const heading = sheet.getRows(1, 12)!.map((row) => [row.getCell(1).text, row.getCell(2).text]);
        expect(heading).toContainEqual(['Catalogue versions', `1 (${v1}), 2. Labels as in version 2.`]);
      }
    },
  );

  it.skipIf(skip)('keeps a split code apart and says from when it is counted as the new codes', async () => {
    const tablet = await server.enrolTablet('hyvinkaa');
    await sendAll(server, tablet.token, visits(5, '01', referenceCatalogue.version, ['practical.booking']));
    await publish(server, (draft) => {
      draft.topics.find((t) => t.code === 'practical.booking')!.retired = true;
      for (const [code, fi] of [
        ['practical.booking-primary', 'Ajanvaraus perusterveydenhuoltoon'],
        ['practical.booking-specialist', 'Ajanvaraus erikoissairaanhoitoon'],
      ] as const) {
        draft.topics.push({ code, fi, sv: fi, en: fi, retired: false, continues: ['practical.booking'] });
      }
    });
    await sendAll(server, tablet.token, visits(3, '06', '2', ['practical.booking-primary']));
    const tally = await tallyOf(await supervisorOf(server, ['hyvinkaa']), YEAR);
    expect(tally.byTopic['practical.booking']!.count).toBe(5);
    expect(tally.byTopic['practical.booking-primary']!.count).toBe(3);
    expect(tally.catalogue.notes).toEqual([
      {
        list: 'topics',
        kind: 'split',
        code: 'practical.booking',
        codes: ['practical.booking-primary', 'practical.booking-specialist'],
        since: expect.any(String),
      },
    ]);
  });

  it.skipIf(skip)(
    'reads a merged age group as its new code in the year-earlier period too, so the comparison lines up',
    async () => {
      const tablet = await server.enrolTablet('hyvinkaa');
      const v1 = referenceCatalogue.version;
      const older = (count: number, date: string, version: string, ageGroup: string) =>
        Array.from({ length: count }, () =>
          makeVisit({
            visitDate: date,
            recordedAt: `${date}T10:00:00.000+02:00`,
            catalogueVersion: version,
            ageGroup,
          }),
        );
      await sendAll(server, tablet.token, older(4, '2024-05-10', v1, 'older'));
      await publish(server, (draft) => {
        draft.ageGroups.find((a) => a.code === 'older')!.retired = true;
        draft.ageGroups.push({
          code: 'seniors',
          fi: 'Ikääntyneet',
          sv: 'Äldre',
          en: 'Seniors',
          retired: false,
          continues: ['older'],
        });
      });
      await sendAll(server, tablet.token, older(3, '2025-05-10', '2', 'seniors'));
      const get = await supervisorOf(server, ['hyvinkaa']);

      const tally = await tallyOf(get, 'from=2025-05&to=2025-05&compare=year');
      expect(tally.byAgeGroup.seniors!.total).toBe(3);
      expect(tally.yearEarlier!.visits).toBe(4);
      expect(tally.yearEarlier!.byAgeGroup.seniors!.total).toBe(4);
      expect(tally.yearEarlier!.byAgeGroup.older?.total ?? 0).toBe(0);
    },
  );
});
