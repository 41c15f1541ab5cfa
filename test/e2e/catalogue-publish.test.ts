import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/server/store/sqlite';
import { firstPage } from '../support/chromium';
import { signInAsAdmin } from '../support/http-admin';
import { TEST_ADMIN } from '../support/server-process';
import { browserSuite } from './browser-suite';
import { enrolWithCode, question, signIn, tapVisit } from './desk-browser';
import { countPendingInPage } from './tablet-db';

/** A checkbox or radio of a desk question, by its label. */
const chip = (page: Page, name: string, label: string) =>
  question(page, name).getByLabel(label, { exact: true });

describe('an admin publishing a catalogue version while a tablet has a form open', () => {
  const suite = browserSuite();

  it('edits, previews and publishes; the tablet shows the new labels once it is online again and keeps its half-filled form', async () => {
    const admin = await signInAsAdmin(suite.server.url);
    const code = await admin.pointWithCode('hyvinkaa', 'Hyvinkää');
    const context = await suite.profile.launch();
    try {
      // The tablet, enrolled on version 1, with a visit half tapped in.
      const tablet = await firstPage(context);
      await enrolWithCode(tablet, suite.server.url, code);
      await tablet.getByText('Nothing waiting to be sent').waitFor();
      await tapVisit(tablet, { ageGroup: 'Older people 65+', sector: 'Social care', topics: ['Housing'] });

      // The admin, in another tab of the same browser.
      const page = await context.newPage();
      await page.goto(`${suite.server.url}/admin/catalogue?lang=en`);
      await signIn(page, TEST_ADMIN);
      await page.getByRole('button', { name: 'Start a draft' }).click();
      const housing = page.getByRole('group', { name: 'social.housing', exact: true });
      await housing.getByLabel('in English', { exact: true }).fill('Housing and homelessness');
      await page.getByRole('button', { name: 'Add an entry: Referrals' }).click();
      const added = page.getByRole('group', { name: 'new entry', exact: true });
      await added.getByLabel('Code', { exact: true }).fill('external.debt-advice');
      const debt = page.getByRole('group', { name: 'external.debt-advice', exact: true });
      await debt.getByLabel('in Finnish', { exact: true }).fill('Talous- ja velkaneuvonta');
      await debt.getByLabel('in Swedish', { exact: true }).fill('Ekonomi- och skuldrådgivning');
      await debt.getByLabel('in English', { exact: true }).fill('Debt advice');
      await debt.getByLabel('Next step', { exact: true }).selectOption('client-contacts-unit');

      // The preview shows the desk as staff will see it, in each language.
      const preview = page.getByRole('region', { name: 'Preview: the desk' });
      await preview.getByText('Talous- ja velkaneuvonta', { exact: true }).waitFor();
      await preview.getByText('Svenska', { exact: true }).click();
      await preview.getByText('Ekonomi- och skuldrådgivning', { exact: true }).waitFor();
      await preview.getByText('English', { exact: true }).click();
      await preview.getByText('Debt advice', { exact: true }).waitFor();

      await page.getByLabel('What changes', { exact: true }).fill('Debt advice added; housing relabelled');
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.getByText(/^Version 2 is published and in force/).waitFor();

      // Back online (the 'online' event starts a sync, which fetches the version in force).
      await context.setOffline(true);
      await context.setOffline(false);
      await expect
        .poll(() => chip(tablet, 'Topics', 'Housing and homelessness').count(), { timeout: 30_000 })
        .toBe(1);
      expect(await chip(tablet, 'Referrals', 'Debt advice').count()).toBe(1);
      expect(await chip(tablet, 'Topics', 'Housing and homelessness').isChecked()).toBe(true);
      expect(await chip(tablet, 'Age group', 'Older people 65+').isChecked()).toBe(true);
      expect(await chip(tablet, 'Sector', 'Social care').isChecked()).toBe(true);

      // The half-filled form saves under version 2.
      await chip(tablet, 'Referrals', 'Debt advice').check();
      await tablet.getByRole('button', { name: 'Save', exact: true }).click();
      await expect.poll(() => countPendingInPage(tablet), { timeout: 30_000 }).toBe(0);
      const store = await openSqliteStore({ dataDir: suite.server.dataDir });
      try {
        expect(await store.listVisits(['hyvinkaa'])).toEqual([
          expect.objectContaining({
            catalogueVersion: '2',
            topics: ['social.housing'],
            referrals: ['external.debt-advice'],
          }),
        ]);
      } finally {
        await store.close();
      }
    } finally {
      await context.close();
    }
  });
});
