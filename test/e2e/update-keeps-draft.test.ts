import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtApp } from '../support/built-app';
import { firstPage, openProfile } from '../support/chromium';
import { startServer, type RunningServer } from '../support/server-process';
import {
  deployedCopy,
  enrolTablet,
  question as questionOf,
  seriousViolations,
  tapVisit,
  waitForOfflineReady,
  type TappedVisit,
} from './desk-browser';

/**
 * Version 2 of the app: version 1 with a changed index.html, and its new precache revision in
 * sw.js — what a deploy looks like to a tablet (a byte-different service worker).
 */
function deployVersion2(version1: string): string {
  const dir = deployedCopy(version1);
  const indexPath = join(dir, 'index.html');
  const oldIndex = readFileSync(indexPath);
  const newIndex = oldIndex
    .toString('utf8')
    .replace('</head>', '<meta name="neuvo-test-version" content="2" /></head>');
  writeFileSync(indexPath, newIndex);
  const swPath = join(dir, 'sw.js');
  const md5 = (data: string | Buffer) => createHash('md5').update(data).digest('hex');
  const sw = readFileSync(swPath, 'utf8');
  if (!sw.includes(md5(oldIndex))) throw new Error('sw.js does not list index.html with its md5 revision');
  writeFileSync(swPath, sw.replace(md5(oldIndex), md5(newIndex)));
  return dir;
}

const halfFilled: TappedVisit = { ageGroup: 'Older people 65+', sector: 'Health care' };
const lastTap = { question: 'Topics', label: 'Appointment booking' };

async function isChecked(page: Page, question: string, label: string): Promise<boolean> {
  return questionOf(page, question).getByLabel(label, { exact: true }).isChecked();
}

describe('an app update on a tablet with a half-filled form', () => {
  let server: RunningServer;
  let profile: Awaited<ReturnType<typeof openProfile>>;
  const versions: string[] = [];

  beforeAll(async () => {
    versions.push(deployedCopy(builtApp()));
    versions.push(deployVersion2(versions[0]!));
    server = await startServer({ env: { NEUVO_STATIC_DIR: versions[0]! } });
    profile = await openProfile();
  });
  afterAll(async () => {
    await server?.stop();
    server?.dispose();
    profile?.dispose();
    for (const dir of versions) rmSync(dir, { recursive: true, force: true });
  });

  it('is offered, not forced; after Update the new version runs and the form is still filled in', async () => {
    const context = await profile.launch();
    try {
      const page = await firstPage(context);
      await enrolTablet(page, server.url);
      await waitForOfflineReady(page);
      await page.goto(`${server.url}/?lang=en`);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await tapVisit(page, halfFilled);
      // A reload would wipe this mark: it shows whether the page reloaded by itself.
      await page.evaluate(() => ((window as unknown as { isFirstLoad: boolean }).isFirstLoad = true));

      // Deploy version 2 on the same address and database.
      const port = Number(new URL(server.url).port);
      await server.stop();
      server = await startServer({ port, dataDir: server.dataDir, env: { NEUVO_STATIC_DIR: versions[1]! } });
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())!.update();
      });

      const update = page.getByRole('button', { name: 'Update' });
      await update.waitFor();
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'A new version is available.' }).count())
        .toBe(1);
      expect(await page.evaluate(() => (window as unknown as { isFirstLoad?: boolean }).isFirstLoad)).toBe(
        true,
      );
      expect(await isChecked(page, 'Age group', halfFilled.ageGroup)).toBe(true);
      expect(await page.locator('meta[name="neuvo-test-version"]').count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);

      // Tapped right before Update: the last change is still in flight when the update starts.
      await page
        .getByRole('group', { name: lastTap.question, exact: true })
        .getByLabel(lastTap.label, { exact: true })
        .check();
      await update.click();
      await page.locator('meta[name="neuvo-test-version"]').waitFor({ state: 'attached' });
      expect(
        await page.evaluate(() => (window as unknown as { isFirstLoad?: boolean }).isFirstLoad),
      ).toBeUndefined();
      await page.getByRole('button', { name: 'Save', exact: true }).waitFor();
      expect(await isChecked(page, 'Age group', halfFilled.ageGroup)).toBe(true);
      expect(await isChecked(page, 'Sector', halfFilled.sector)).toBe(true);
      expect(await isChecked(page, lastTap.question, lastTap.label)).toBe(true);
      expect(await page.getByRole('button', { name: 'Update' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
