import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstPage } from '../support/chromium';
import { keusoteVisits } from '../support/visit-factory';
import { postBatch, signInAsAdmin } from '../support/http-admin';
import { browserSuite } from './browser-suite';
import { collectCspViolations, seriousViolations, signIn } from './desk-browser';

const SUPERVISOR = { username: 'sini', password: 'supervisor-password' };

describe('the reports page in a browser', () => {
  const suite = browserSuite();

  beforeAll(async () => {
    const { server } = suite;
    // A tablet at Hyvinkää syncs the 1,506 Keusote visits; a supervisor of that point is created.
    const admin = await signInAsAdmin(server.url);
    const { token } = await admin.enrolTablet('hyvinkaa');
    const visits = keusoteVisits('hyvinkaa');
    for (let i = 0; i < visits.length; i += 500) await postBatch(server.url, token, visits.slice(i, i + 500));
    await admin.call('/api/v1/users', { body: { ...SUPERVISOR, role: 'supervisor', points: ['hyvinkaa'] } });
  });

  it('signs in a supervisor who picks January–June 2023, sees the Keusote table and the chart, and downloads it as CSV', async () => {
    const context = await suite.profile.launch();
    try {
      const page = await firstPage(context);
      const cspViolations = collectCspViolations(page);
      await page.goto(`${suite.server.url}/reports?lang=en`);
      await signIn(page, SUPERVISOR);
      await page.getByRole('heading', { name: 'Reports' }).waitFor();

      await page.getByLabel('From (month)').fill('2023-01');
      await page.getByLabel('To (month)').fill('2023-06');
      const table = page.getByRole('table', { name: 'Visits by age group and sector' });
      const cells = (selector: string) =>
        table
          .locator(selector)
          .evaluateAll((trs) =>
            trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent)),
          );
      await expect.poll(() => cells('tfoot tr')).toEqual([['All', '287', '1,219', '0', '1,506', '100.0%']]);
      expect(await cells('tbody tr')).toEqual([
        ['Families with children', '6', '52', '0', '58', '3.9%'],
        ['Working age 18–64', '140', '536', '0', '676', '44.9%'],
        ['Older people 65+', '141', '631', '0', '772', '51.3%'],
      ]);

      // The chart is drawn: its canvas has coloured pixels.
      const chart = page.getByRole('img', { name: /Bar chart of visits per month/ });
      await expect
        .poll(() =>
          chart.evaluate((canvas: HTMLCanvasElement) => {
            const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
            let painted = 0;
            for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted += 1;
            return painted;
          }),
        )
        .toBeGreaterThan(1000);
      expect(await seriousViolations(page)).toEqual([]);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('neuvo-2023-01_2023-06.csv');
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const csv = Papa.parse<string[]>(text.slice(1), { delimiter: ',' }).data;
      expect(csv).toContainEqual(['Period', '2023-01 – 2023-06']);
      expect(csv).toContainEqual(['Older people 65+', '141', '631', '0', '772', '51.3']);
      expect(csv).toContainEqual(['All', '287', '1219', '0', '1506', '100.0']);
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
