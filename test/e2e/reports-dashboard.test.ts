import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceCatalogue } from '../../src/domain/catalogue';
import { firstPage } from '../support/chromium';
import { keusoteVisits } from '../support/visit-factory';
import { postBatch, signInAsAdmin } from '../support/http-admin';
import { browserSuite } from './browser-suite';
import { collectCspViolations, seriousViolations, signIn } from './desk-browser';

const SUPERVISOR = { username: 'sini', password: 'supervisor-password' };

describe('the reports page in a browser', () => {
  const suite = browserSuite();
  const work = mkdtempSync(join(tmpdir(), 'neuvo-report-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** The reports page for January–June 2023 (the Keusote months), signed in as the supervisor (the profile may still be). */
  async function openRange(page: Page): Promise<void> {
    await page.goto(`${suite.server.url}/reports?lang=en`);
    const signInForm = page.getByLabel('Username');
    await signInForm.or(page.getByRole('heading', { name: 'Reports' })).waitFor();
    if (await signInForm.isVisible()) await signIn(page, SUPERVISOR);
    await page.getByLabel('From (month)').fill('2023-01');
    await page.getByLabel('To (month)').fill('2023-06');
    await page
      .getByRole('table', { name: 'Visits by age group and sector' })
      .getByRole('cell', { name: '1,506' })
      .waitFor();
  }

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

  it('prints the report on one or two A4 pages: points, period, catalogue version, headline figures compared, the chart, the tables and page numbers, no navigation', async () => {
    const context = await suite.profile.launch();
    try {
      const page = await firstPage(context);
      const cspViolations = collectCspViolations(page);
      await openRange(page);
      // "Print report" opens the browser's print dialog (recorded here: headless Chromium has none).
      await page.evaluate(() => {
        window.print = () => document.body.setAttribute('data-printed', 'yes');
      });
      await page.getByRole('button', { name: 'Print report' }).click();
      expect(await page.locator('body').getAttribute('data-printed')).toBe('yes');

      await page.emulateMedia({ media: 'print' });
      const pdf = join(work, 'report.pdf');
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      const info = execFileSync('pdfinfo', [pdf]).toString();
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      expect(info).toMatch(/Page size:.* \(A4\)/);

      const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
      const sheets = text.split('\f').filter((sheet) => sheet.trim());
      expect(sheets).toHaveLength(pages);
      // Every page carries the running header and its number.
      sheets.forEach((sheet, i) => {
        expect(sheet.replace(/\s+/g, ' ')).toContain('Point hyvinkaa · January 2023 – June 2023');
        expect(sheet).toContain('Neuvo');
        expect(sheet).toMatch(new RegExp(`\\b${i + 1} ?/ ?${pages}\\s*$`));
      });
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Walk-in advice visits: Point hyvinkaa');
      expect(flat).toContain('January 2023 – June 2023');
      expect(flat).toContain(`Catalogue version ${referenceCatalogue.version}`);
      expect(flat).toMatch(/Generated \d\d\/\d\d\/\d{4}, \d\d:\d\d/);
      // Headline figures with the comparison: nothing in the previous half-year nor a year earlier.
      expect(flat).toContain('Visits 1,506 0 0 +1,506 +1,506');
      expect(flat).toContain('Health care 1,219 0 0 +1,219 +1,219');
      // The chart is text too (its title, legend and months), not only pixels.
      expect(flat).toContain('Visits by month: Point hyvinkaa, January 2023 – June 2023');
      expect(flat).toContain('January 2023 February 2023 March 2023 April 2023 May 2023 June 2023');
      expect(flat).toContain('Older people 65+ 141 631 0 772 51.3%');
      expect(flat).toContain('All 287 1,219 0 1,506 100.0%');
      for (const heading of [
        'Comparison',
        'Visits by age group and sector',
        'The 10 most common topics',
        'The 10 most common referrals',
        'What the figures cover',
        'The report shows counts under 5 visits too',
      ])
        expect(flat).toContain(heading);
      // The page's controls and the app's navigation are not printed.
      for (const chrome of [
        'Download CSV',
        'Print report',
        'Quick picks',
        'Download the chart',
        'Signed in as',
      ])
        expect(flat).not.toContain(chrome);
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('downloads the monthly chart as SVG and PNG for slides, named by point and period, titled and drawn', async () => {
    const context = await suite.profile.launch();
    try {
      const page = await firstPage(context);
      await openRange(page);
      const title = 'Visits by month: Point hyvinkaa, January 2023 – June 2023';
      const save = async (name: string) => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name }).click(),
        ]);
        return { file: download.suggestedFilename(), body: readFileSync((await download.path())!) };
      };

      const svg = await save('Download the chart as SVG');
      expect(svg.file).toBe('neuvo-visits-by-month_hyvinkaa_2023-01_2023-06.svg');
      const text = svg.body.toString('utf8');
      expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img"/);
      expect(text).toContain(`<title>${title}</title>`);
      for (const words of ['Social care', 'Health care', 'January 2023', 'June 2023'])
        expect(text).toContain(`>${words}</text>`);

      const png = await save('Download the chart as PNG');
      expect(png.file).toBe('neuvo-visits-by-month_hyvinkaa_2023-01_2023-06.png');
      expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
      // Twice the SVG's size, and the health desk's bars (#00594f) really drawn in it.
      expect([png.body.readUInt32BE(16), png.body.readUInt32BE(20)]).toEqual([1440, 680]);
      const healthPixels = await page.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const pen = canvas.getContext('2d')!;
        pen.drawImage(image, 0, 0);
        const { data } = pen.getImageData(0, 0, canvas.width, canvas.height);
        let count = 0;
        for (let i = 0; i < data.length; i += 4)
          if (
            Math.abs(data[i]! - 0x00) < 8 &&
            Math.abs(data[i + 1]! - 0x59) < 8 &&
            Math.abs(data[i + 2]! - 0x4f) < 8
          )
            count += 1;
        return count;
      }, png.body.toString('base64'));
      expect(healthPixels).toBeGreaterThan(10_000);
    } finally {
      await context.close();
    }
  });
});
