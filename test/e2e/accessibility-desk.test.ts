import { describe, expect, it } from 'vitest';
import { firstPage } from '../support/chromium';
import { browserSuite } from './browser-suite';
import { enrolTablet, logVisit, seriousViolations, visitItems } from './desk-browser';

describe('accessibility of the tablet screens (axe-core)', () => {
  const suite = browserSuite({ deployed: true });

  it('finds no serious or critical issue on the desk (blank, with errors, with visits) and settings, in English and Finnish', async () => {
    const context = await suite.profile.launch();
    try {
      const page = await firstPage(context);
      await enrolTablet(page, suite.server.url);
      const findings: Record<string, string[]> = {};

      await page.goto(`${suite.server.url}/?lang=en`);
      await page.getByRole('button', { name: 'Save', exact: true }).waitFor();
      findings['desk en, blank'] = await seriousViolations(page);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText('Choose an age group.').waitFor();
      findings['desk en, errors shown'] = await seriousViolations(page);
      await page.getByRole('button', { name: 'Clear form' }).click();
      await logVisit(page, {
        ageGroup: 'Working age 18–64',
        sector: 'Social care',
        topics: ['Housing'],
        referrals: ['Kela (social insurance)'],
      });
      findings['desk en, a visit saved'] = await seriousViolations(page);

      await page.goto(`${suite.server.url}/settings?lang=en`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      findings['settings en'] = await seriousViolations(page);

      await page.goto(`${suite.server.url}/?lang=fi`);
      await page.getByRole('button', { name: 'Tallenna', exact: true }).waitFor();
      await visitItems(page, 'Käynnit').first().waitFor();
      findings['desk fi, a visit listed'] = await seriousViolations(page);
      await page.goto(`${suite.server.url}/settings?lang=fi`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      findings['settings fi'] = await seriousViolations(page);

      expect(findings).toEqual({
        'desk en, blank': [],
        'desk en, errors shown': [],
        'desk en, a visit saved': [],
        'settings en': [],
        'desk fi, a visit listed': [],
        'settings fi': [],
      });
    } finally {
      await context.close();
    }
  });
});
