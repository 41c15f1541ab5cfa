import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { firstPage } from '../support/chromium';
import { TEST_ADMIN } from '../support/server-process';
import { browserSuite } from './browser-suite';
import { enrolTablet, signIn, visitItems } from './desk-browser';

/** The accessible name (or text) of the focused element, and its tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const label = el?.closest('label')?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent;
    return `${el?.tagName.toLowerCase()}: ${label?.trim() ?? ''}`;
  });

/** Press Tab until the focused element matches, at most `limit` times. */
async function tabTo(page: Page, wanted: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === wanted) return;
  }
  throw new Error(`Tab never reached ${wanted}`);
}

describe('the desk by keyboard alone', () => {
  const suite = browserSuite({ deployed: true });

  it('walks from the first question to Save and on to the next visit; focus lands sensibly after each action', async () => {
    const context = await suite.profile.launch();
    try {
      const page = await firstPage(context);
      const url = suite.server.url;
      await enrolTablet(page, url);
      await page.goto(`${url}/?lang=en`);
      await page.getByRole('button', { name: 'Save', exact: true }).waitFor();

      await tabTo(page, 'input: Families with children');
      await page.keyboard.press('ArrowDown'); // Working age 18–64
      await tabTo(page, 'input: Social care');
      await page.keyboard.press('Space');
      await tabTo(page, 'input: Housing');
      await page.keyboard.press('Enter'); // toggles the chip, does not save
      await tabTo(page, 'input: Resolved at the advice point');
      await page.keyboard.press('Space');
      await tabTo(page, 'button: Save');
      await page.keyboard.press('Enter');

      await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
      // The next visit's blank form has the focus; Tab goes on to its first question.
      await expect.poll(() => focused(page)).toBe('h2: Log a visit');
      await tabTo(page, 'input: Families with children', 3);
      const item = visitItems(page).first();
      expect(await item.textContent()).toContain('Working age 18–64');
      expect(await item.textContent()).toContain('Housing');
      expect(await item.textContent()).toContain('Resolved at the advice point');

      // Delete: focus to Undo; Undo: focus to the list's heading.
      await item.getByRole('button', { name: 'Delete' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toBe('button: Undo');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toBe('h2: Visits');
      expect(await visitItems(page).count()).toBe(1);

      // A failed sign-in keeps the focus on the form, not on the page's body.
      await page.goto(`${url}/admin?lang=en`);
      await page.getByLabel('Username').fill(TEST_ADMIN.username);
      await page.getByLabel('Password').fill('not the password at all');
      await page.getByLabel('Password').press('Enter');
      await page.getByRole('alert').waitFor();
      expect(await focused(page)).not.toMatch(/^body/);

      // Closing the enrolment code card gives the focus back to the button that opened it.
      await signIn(page, TEST_ADMIN);
      const newCode = page.getByRole('button', { name: /^New enrolment code/ }).first();
      await newCode.click();
      await expect.poll(() => focused(page)).toMatch(/^h3: Enrolment code/);
      await page.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => newCode.evaluate((el) => el === document.activeElement)).toBe(true);

      // Directory: Edit moves focus into the form; Cancel gives it back to Edit.
      await page.goto(`${url}/admin/directory?lang=en`);
      const edit = page.getByRole('button', { name: /^Edit: / }).first();
      await edit.click();
      await expect.poll(() => focused(page)).toMatch(/^h3: Edit: /);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => edit.evaluate((el) => el === document.activeElement)).toBe(true);
    } finally {
      await context.close();
    }
  });
});
