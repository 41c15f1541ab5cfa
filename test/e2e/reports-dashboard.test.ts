import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProfile } from '../support/chromium';
import { startServer, type RunningServer } from '../support/server-process';
import { keusoteVisits } from '../support/visit-factory';
import { httpAdmin, postBatch } from '../server/http-tablet';
import { signInAsAdmin } from './sync-api';

const SUPERVISOR = { username: 'sini', password: 'supervisor-password' };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: () => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const { violations } = await axe.run();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('the reports page in a browser', () => {
  let server: RunningServer;
  let profile: Awaited<ReturnType<typeof openProfile>>;

  beforeAll(async () => {
    server = await startServer();
    profile = await openProfile();
    // A tablet at Hyvinkää syncs the 1,506 Keusote visits; a supervisor of that point is created.
    const { token } = await (await httpAdmin(server.url)).enrolTablet('hyvinkaa');
    const visits = keusoteVisits('hyvinkaa');
    for (let i = 0; i < visits.length; i += 500) await postBatch(server.url, token, visits.slice(i, i + 500));
    const admin = await signInAsAdmin(server.url);
    await admin.call('/api/v1/users', { body: { ...SUPERVISOR, role: 'supervisor', points: ['hyvinkaa'] } });
  });
  afterAll(async () => {
    await server?.stop();
    server?.dispose();
    profile?.dispose();
  });

  it('signs in a supervisor who picks January–June 2023, sees the Keusote table and the chart, and downloads it as CSV', async () => {
    const context = await profile.launch();
    const cspViolations: string[] = [];
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
      });
      await page.goto(`${server.url}/reports?lang=en`);
      await page.getByLabel('Username').fill(SUPERVISOR.username);
      await page.getByLabel('Password').fill(SUPERVISOR.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
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
