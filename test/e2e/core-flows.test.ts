import { describe, expect, it } from 'vitest';
import { formatSlipDate } from '../../src/client/features/slip/slip-model';
import { slipMessages } from '../../src/client/features/slip/messages';
import { helsinkiDate } from '../../src/domain/helsinki-date';
import { langs } from '../../src/domain/lang';
import { openSqliteStore } from '../../src/server/store/sqlite';
import { signInAsAdmin } from '../support/http-admin';
import {
  enrolTablet,
  enrolWithCode,
  logVisit,
  sampleVisits,
  tapVisit,
  until,
  waitForOfflineReady,
} from './desk-browser';
import { engineNames, engineSuite } from './engines';
import { countPendingInPage, rowsInTabletDb } from './tablet-db';

// The desk's core flows in each engine a county tablet may run: Chromium (Android tablets, Chrome
// and Edge) and WebKit (every browser on an iPad). What only Chromium can show stays in the other
// files: the 'online' event through a network switched off by CDP (sync-offline), the printed PDF
// (slip-print: WebKitWebDriver does not implement WebDriver's Print Page), axe and the update
// prompt across a real second deploy. Here WebKit loses the network the way a server outage does:
// the server stops.
describe.each(engineNames)('the desk in %s', (engine) => {
  const suite = engineSuite(engine);

  it('enrols, starts with the server gone, keeps the visits across a reload, and the server counts each once when it is back', async () => {
    const admin = await signInAsAdmin(suite.server.url);
    const code = await admin.pointWithCode('hyvinkaa', 'Hyvinkää');
    const browser = await suite.open();
    await enrolWithCode(browser.page, suite.server.url, code, 'Front desk 1');
    await browser.page.waitForText('Nothing waiting to be sent');
    await waitForOfflineReady(browser.page);

    // No server at all: whatever loads now comes from the tablet.
    await suite.server.stop();
    const page = await browser.coldStart(`${suite.server.url}/?lang=en`);
    for (const visit of sampleVisits) await logVisit(page, visit);
    await page.reload();
    await until(async () => (await page.listItems('Visits')).length === 3, 'three visits after a reload');
    const listed = await page.listItems('Visits');
    for (const visit of sampleVisits)
      expect(listed.some((text) => text.includes(visit.sector) && text.includes(visit.referrals![0]!))).toBe(
        true,
      );
    expect(await countPendingInPage(page)).toBe(3);

    await suite.restartServer();
    await page.press('Sync now');
    await until(async () => (await countPendingInPage(page)) === 0, 'every visit sent', 45_000);
    await page.waitForText('Nothing waiting to be sent');
    const store = await openSqliteStore({ dataDir: suite.server.dataDir });
    try {
      const stored = await store.listVisits(['hyvinkaa']);
      // Dated today on the Helsinki calendar, whatever the engine's locale data writes.
      expect(stored.map((v) => [v.rev, v.visitDate])).toEqual(
        sampleVisits.map(() => [1, helsinkiDate(new Date())]),
      );
      expect(await store.countStoredVisits()).toBe(3);
    } finally {
      await store.close();
    }
  });

  it('logs, edits and deletes a visit (with undo), and keeps a half-filled form across a reload', async () => {
    const { page } = await suite.open();
    await enrolTablet(page, suite.server.url, 'kerava');
    await logVisit(page, sampleVisits[0]!);
    expect(await page.listItems('Visits')).toEqual([expect.stringContaining('Social care')]);

    await page.press('Edit');
    await page.waitForText('Edit visit');
    await page.check('Sector', 'Health care');
    await page.press('Save');
    await until(
      async () => (await page.listItems('Visits'))[0]?.includes('Health care') ?? false,
      'the edit',
    );
    expect(await page.listItems('Visits')).toHaveLength(1);

    await page.press('Delete');
    await page.waitForText('Visit deleted.');
    await until(async () => (await page.listItems('Visits')).length === 0, 'the deletion');
    await page.press('Undo');
    await until(async () => (await page.listItems('Visits')).length === 1, 'the undo');
    const [row] = await rowsInTabletDb<{ rev: number; sector: string; deleted: boolean }>(page, 'visits');
    expect(row).toMatchObject({ rev: 4, sector: 'health', deleted: false });

    await tapVisit(page, { ageGroup: 'Older people 65+', sector: 'Both' });
    await until(async () => (await rowsInTabletDb(page, 'drafts')).length === 1, 'the draft');
    await page.reload();
    await until(() => page.isChecked('Age group', 'Older people 65+'), 'the draft after a reload');
    expect(await page.isChecked('Sector', 'Both')).toBe(true);
  });

  it('shows the slip of a visit in Finnish, Swedish and English', async () => {
    const { page } = await suite.open();
    await enrolTablet(page, suite.server.url, 'jarvenpaa');
    await logVisit(page, sampleVisits[1]!);
    const [visit] = await rowsInTabletDb<{ id: string; visitDate: string }>(page, 'visits');
    for (const lang of langs) {
      await page.goto(`${suite.server.url}/slip/${visit!.id}?lang=${lang}`);
      await page.waitForText(slipMessages[lang].title);
      await page.waitForText(`${slipMessages[lang].date}: ${formatSlipDate(visit!.visitDate, lang)}`);
    }
  });
});
