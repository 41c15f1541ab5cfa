import { describe, expect, it } from 'vitest';
import { firstPage } from '../support/chromium';
import { browserSuite } from './browser-suite';
import { enrolOfflineTablet, logVisit, sampleVisits as visits, visitItems } from './desk-browser';

describe('the desk with no network at all', () => {
  const suite = browserSuite({ deployed: true });

  it('cold-starts with the server gone, logs three visits, and still lists them after a reload', async () => {
    await enrolOfflineTablet(suite.profile, suite.server.url);
    // No server at all, not just an offline flag: whatever loads now comes from the tablet.
    await suite.server.stop();

    const offline = await suite.profile.launch();
    try {
      const page = await firstPage(offline);
      await page.goto(`${suite.server.url}/?lang=en`);
      for (const visit of visits) await logVisit(page, visit);

      await page.reload();
      await expect.poll(() => visitItems(page).count()).toBe(3);
      const listed = await visitItems(page).allTextContents();
      for (const visit of visits) {
        expect(
          listed.some(
            (text) =>
              text.includes(visit.ageGroup) &&
              text.includes(visit.sector) &&
              text.includes(visit.referrals![0]!),
          ),
        ).toBe(true);
      }
    } finally {
      await offline.close();
    }
  });
});
