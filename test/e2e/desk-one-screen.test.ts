import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { deskMessages } from '../../src/client/features/desk/messages';
import { syncMessages } from '../../src/client/features/sync/messages';
import { fill } from '../../src/client/ui/fill';
import { referenceCatalogue as catalogue } from '../../src/domain/catalogue';
import type { Lang } from '../../src/domain/lang';
import { firstPage } from '../support/chromium';
import { browserSuite } from './browser-suite';
import { signInAsAdmin } from '../support/http-admin';
import { enrolTablet, until, visitItems } from './desk-browser';
import { rowsInTabletDb } from './tablet-db';

const label = (
  list: readonly { code: string; fi: string; sv: string; en: string }[],
  code: string,
  lang: Lang,
) => list.find((entry) => entry.code === code)![lang];

/** The common visit: an age group, a sector, two topics and one referral. */
const commonVisit = (lang: Lang) => [
  label(catalogue.ageGroups, 'working-age', lang),
  label(catalogue.sectors, 'social', lang),
  label(catalogue.topics, 'social.housing', lang),
  label(catalogue.topics, 'practical.booking', lang),
  label(catalogue.referrals, 'resolved', lang),
];

/** Tap a chip where it is, without letting the browser scroll to it; fails if it is off screen or covered. */
async function tapInPlace(page: Page, text: string): Promise<void> {
  const chip = page
    .locator('label.chip', { hasText: text })
    .filter({ has: page.getByText(text, { exact: true }) });
  // Where it is first seen is where it stays: nothing of the start-up sync moves the form (see below).
  const box = await chip.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, text).not.toBeNull();
  const x = box!.x + box!.width / 2;
  const y = box!.y + box!.height / 2;
  expect(y + box!.height / 2, `${text} is below the screen`).toBeLessThanOrEqual(viewport.height);
  // The sticky action bar must not cover it either.
  const isOnTop = await page.evaluate(
    ([px, py, wanted]) => document.elementFromPoint(px!, py!)?.closest('label.chip')?.textContent === wanted,
    [x, y, text] as const,
  );
  expect(isOnTop, `${text} is covered`).toBe(true);
  await page.mouse.click(x, y);
}

/** The desk's two views side by side (landscape): the day's list stands right of the form, its top in view. */
async function expectListBeside(page: Page, t: (typeof deskMessages)['fi'], where: string): Promise<void> {
  expect(await page.getByRole('tab').count(), where).toBe(0);
  const form = (await page.locator('form.visit-form').boundingBox())!;
  const list = (await page.getByRole('heading', { name: t.visits, exact: true }).boundingBox())!;
  expect(list.x, `${where}: the day's visits beside the form`).toBeGreaterThanOrEqual(form.x + form.width);
  expect(list.y + list.height, `${where}: the day's visits in view`).toBeLessThanOrEqual(
    page.viewportSize()!.height,
  );
}

/** Portrait: the day's visits are one tab away; reach the tabs with Tab, switch with the arrow keys. */
async function expectListOneTabAway(
  page: Page,
  t: (typeof deskMessages)['fi'],
  saved: number,
  where: string,
): Promise<void> {
  const formTab = page.getByRole('tab', { name: t.newVisitTab, exact: true });
  const dayTab = page.getByRole('tab', { name: fill(t.dayTabCount, { n: saved }), exact: true });
  const list = page.getByRole('region', { name: t.visits, exact: true });
  expect(await formTab.getAttribute('aria-selected'), where).toBe('true');
  expect(await list.isVisible(), `${where}: the list is behind its tab`).toBe(false);
  // After Save the focus is on the new form's title; the chosen tab is the stop just before it.
  await page.keyboard.press('Shift+Tab');
  expect(
    await formTab.evaluate((tab) => tab === document.activeElement),
    `${where}: Tab reaches the tabs`,
  ).toBe(true);
  await page.keyboard.press('ArrowRight');
  expect(await dayTab.evaluate((tab) => tab === document.activeElement), where).toBe(true);
  expect(await dayTab.getAttribute('aria-selected'), where).toBe('true');
  await list.waitFor();
  expect(await list.getByRole('listitem').count(), where).toBe(saved);
  await page.keyboard.press('ArrowLeft');
  expect(await formTab.getAttribute('aria-selected'), where).toBe('true');
  expect(await list.isVisible(), where).toBe(false);
}

describe('the desk on one tablet screen', () => {
  const suite = browserSuite({ deployed: true });

  it('logs the common visit with no scrolling, landscape and portrait, in Finnish, Swedish and English', async () => {
    const context = await suite.profile.launch();
    try {
      const page = await firstPage(context);
      await enrolTablet(page, suite.server.url);
      let saved = 0;
      for (const viewport of [
        { width: 1024, height: 768 },
        { width: 768, height: 1024 },
      ])
        for (const lang of ['fi', 'sv', 'en'] as const) {
          const t = deskMessages[lang];
          await page.setViewportSize(viewport);
          await page.goto(`${suite.server.url}/?lang=${lang}`);
          const save = page.getByRole('button', { name: t.save, exact: true });
          await save.waitFor();
          for (const text of commonVisit(lang)) await tapInPlace(page, text);

          const where = `${lang} at ${viewport.width}×${viewport.height}`;
          expect(await page.evaluate(() => window.scrollY), where).toBe(0);
          const box = (await save.boundingBox())!;
          expect(box.y + box.height, where).toBeLessThanOrEqual(viewport.height);
          await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          await page.getByRole('status').filter({ hasText: t.saved }).waitFor();
          saved += 1;
          if (viewport.width > viewport.height) {
            await expectListBeside(page, t, where);
            await expect.poll(() => visitItems(page, t.visits).count()).toBe(saved);
          } else {
            await page.getByRole('tab', { name: fill(t.dayTabCount, { n: saved }), exact: true }).waitFor();
            await expectListOneTabAway(page, t, saved, where);
          }
        }
    } finally {
      await context.close();
    }
  });
});

describe('the desk holds still at start-up', () => {
  const suite = browserSuite({ deployed: true });

  it('does not move a chip between its first paint and the end of the start-up sync, with a county catalogue, landscape and portrait', async () => {
    const context = await suite.profile.launch();
    try {
      const page = await firstPage(context);
      // The county's own catalogue, unlike the built-in one: a first age group of three lines.
      await (
        await signInAsAdmin(suite.server.url)
      ).publishCatalogue((draft) => {
        const first = draft.ageGroups[0]!;
        for (const lang of ['fi', 'sv', 'en'] as const)
          first[lang] = `${first[lang]} ${first[lang]} ${first[lang]}`;
      });
      await enrolTablet(page, suite.server.url);
      // A half-filled form, kept as a draft: the desk starts from it.
      await page.getByRole('radio', { name: 'Both', exact: true }).check();
      // The draft is kept 300 ms after the last tap: wait until it is.
      await until(
        async () =>
          (await rowsInTabletDb<{ values: { sector: string } }>(page, 'drafts'))[0]?.values.sector === 'both',
        'the draft with the sector tapped',
      );
      // Where the chips of the first paint are at every frame from then on, as the nurse would see them.
      await page.addInitScript(() => {
        const seen: string[] = [];
        let count = 0;
        Object.assign(window, { chipPlaces: seen });
        const watch = () => {
          const chips = [...document.querySelectorAll('label.chip')];
          count ||= chips.length;
          const places = chips
            .slice(0, count)
            .map((chip) => `${chip.getBoundingClientRect().x},${chip.getBoundingClientRect().y}`)
            .join(' ');
          if (places && places !== seen.at(-1)) seen.push(places);
          requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      });
      for (const viewport of [
        { width: 1024, height: 768 },
        { width: 768, height: 1024 },
      ])
        for (const lang of ['fi', 'sv', 'en'] as const) {
          const where = `${lang} at ${viewport.width}×${viewport.height}`;
          await page.setViewportSize(viewport);
          // The start-up sync ends by refreshing the point and the catalogue from the server.
          const refreshed = Promise.all([
            page.waitForResponse((response) => response.url().includes('/api/v1/points/')),
            page.waitForResponse((response) => response.url().endsWith('/api/v1/catalogue')),
          ]);
          await page.goto(`${suite.server.url}/?lang=${lang}`);
          await refreshed;
          const syncNow = page.locator('.sync-status button');
          await expect.poll(() => syncNow.textContent()).toBe(syncMessages[lang].syncNow);
          await page.waitForLoadState('networkidle');
          // Two frames for what the refreshed caches re-render.
          await page.evaluate(
            () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
          );
          expect(await page.locator('label.chip').first().textContent(), where).toMatch(/^(.+) \1 \1$/);
          expect(await page.getByRole('radio', { checked: true }).count(), where).toBe(1);
          const places = await page.evaluate(
            () => (window as unknown as { chipPlaces: string[] }).chipPlaces,
          );
          expect(places.length, where).toBe(1);
        }
    } finally {
      await context.close();
    }
  });
});
