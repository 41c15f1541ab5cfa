import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { deskMessages } from '../../src/client/features/desk/messages';
import { referenceCatalogue as catalogue } from '../../src/domain/catalogue';
import type { Lang } from '../../src/domain/lang';
import { firstPage } from '../support/chromium';
import { browserSuite } from './browser-suite';
import { enrolTablet } from './desk-browser';

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
  // The desk may still move once as the start-up sync refreshes the point and catalogue: tap where it settled.
  let box = await chip.boundingBox();
  for (let i = 0; i < 20; i += 1) {
    await page.waitForTimeout(50);
    const again = await chip.boundingBox();
    if (again?.x === box?.x && again?.y === box?.y) break;
    box = again;
  }
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

describe('the desk on one tablet screen', () => {
  const suite = browserSuite({ deployed: true });

  it('logs the common visit with no scrolling, landscape and portrait, in Finnish, Swedish and English', async () => {
    const context = await suite.profile.launch();
    try {
      const page = await firstPage(context);
      await enrolTablet(page, suite.server.url);
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
        }
    } finally {
      await context.close();
    }
  });
});
