import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { firstPage } from '../support/chromium';
import { TEST_ADMIN } from '../support/server-process';
import { browserSuite } from './browser-suite';
import { enrolTablet, logVisit, seriousViolations, signIn, visitItems } from './desk-browser';

/** What a page must hold at any width: no serious axe finding, no sideways scroll, a title from its heading. */
async function checkPage(page: Page): Promise<string[]> {
  const problems = await seriousViolations(page);
  const { scrollWidth, width, title, heading } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
    title: document.title,
    heading: document.querySelector('main h1')?.textContent?.trim() ?? '',
  }));
  if (scrollWidth > width) problems.push(`scrolls sideways: ${scrollWidth} px in ${width} px`);
  if (!heading || title !== `${heading} · Neuvo`) problems.push(`title "${title}" for heading "${heading}"`);
  return problems;
}

describe('accessibility of every page (axe-core, reflow, titles)', () => {
  const suite = browserSuite({ deployed: true });

  it('finds no serious issue and no sideways scroll on any page at 1024×768 and at 320 px', async () => {
    const context = await suite.profile.launch();
    try {
      const page = await firstPage(context);
      const url = suite.server.url;
      await enrolTablet(page, url);
      await page.goto(`${url}/?lang=en`);
      await logVisit(page, {
        ageGroup: 'Working age 18–64',
        sector: 'Social care',
        topics: ['Housing'],
        referrals: ['Kela (social insurance)'],
      });
      const slipLink = visitItems(page).first().getByRole('link', { name: /^Slip/ });
      const slipPath = new URL((await slipLink.getAttribute('href'))!, url).pathname;
      await page.goto(`${url}/admin?lang=en`);
      await signIn(page, TEST_ADMIN);
      await page.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();

      const pages: [string, string][] = [
        ['desk', '/'],
        ['settings', '/settings'],
        ['enrolment', '/enrol'],
        ['reports', '/reports'],
        ['admin', '/admin'],
        ['directory', '/admin/directory'],
        ['audit log', '/admin/audit'],
        ['account', '/account'],
        ['slip', slipPath],
        ['accessibility statement', '/accessibility'],
      ];
      const findings: Record<string, string[]> = {};
      for (const viewport of [
        { width: 1024, height: 768 },
        { width: 320, height: 640 },
      ]) {
        await page.setViewportSize(viewport);
        for (const [name, path] of pages) {
          await page.goto(`${url}${path}?lang=en`);
          await page.locator('main h1').waitFor();
          // Lazy sections (reports' figures, admin's lists) settle before the check.
          await page.waitForLoadState('networkidle');
          findings[`${name} at ${viewport.width} px`] = await checkPage(page);
          // On a narrow screen the desk's day's visits and sync status are behind their tab.
          if (name === 'desk' && viewport.width < 960) {
            await page.getByRole('tab', { name: /^Day’s visits/ }).click();
            await visitItems(page).first().waitFor();
            findings[`desk's day's visits tab at ${viewport.width} px`] = await checkPage(page);
          }
        }
      }
      expect(findings).toEqual(Object.fromEntries(Object.keys(findings).map((key) => [key, []])));
    } finally {
      await context.close();
    }
  });

  it('links the statement from every footer, in Finnish, Swedish and English, and moves focus to its heading', async () => {
    const context = await suite.profile.launch();
    try {
      const page = await firstPage(context);
      const url = suite.server.url;
      for (const [lang, link, heading] of [
        ['fi', 'Saavutettavuusseloste', 'Saavutettavuusseloste'],
        ['sv', 'Tillgänglighetsutlåtande', 'Tillgänglighetsutlåtande'],
        ['en', 'Accessibility statement', 'Accessibility statement'],
      ] as const) {
        await page.goto(`${url}/settings?lang=${lang}`);
        await page.locator('main h1').waitFor();
        await page.getByRole('contentinfo').getByRole('link', { name: link }).click();
        const h1 = page.getByRole('heading', { name: heading, level: 1 });
        await h1.waitFor();
        await expect.poll(() => h1.evaluate((el) => el === document.activeElement)).toBe(true);
        expect(await page.title()).toBe(`${heading} · Neuvo`);
        expect(await page.getByText('WCAG 2.1').count()).toBeGreaterThan(0);
        expect(await page.getByText('306/2019').count()).toBeGreaterThan(0);
      }
    } finally {
      await context.close();
    }
  });
});
