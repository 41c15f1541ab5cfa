import { describe, expect, it } from 'vitest';
import { firstPage } from '../support/chromium';
import { TEST_ADMIN } from '../support/server-process';
import { browserSuite } from './browser-suite';
import { collectCspViolations, seriousViolations, signIn } from './desk-browser';
import { signInAsAdmin } from '../support/http-admin';

describe('the admin page in a browser', () => {
  const suite = browserSuite();

  it('signs in, creates a point, shows a working enrolment code with its QR code, and revokes the enrolled device; no serious axe findings', async () => {
    const context = await suite.profile.launch();
    try {
      const page = await firstPage(context);
      const violations = collectCspViolations(page);
      await page.goto(`${suite.server.url}/admin?lang=en`);
      await page.getByLabel('Username').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await signIn(page, TEST_ADMIN);
      await page.getByRole('heading', { name: 'Administration' }).waitFor();

      await page.getByLabel('ID').fill('kerava');
      await page.getByLabel('Name', { exact: true }).fill('Kerava');
      await page.getByRole('button', { name: 'Add point' }).click();
      await page.getByRole('button', { name: 'New enrolment code: Kerava' }).click();
      const card = page.getByRole('region', { name: 'Enrolment code: Kerava' });
      const code = (await card.locator('.enrolment-code-text').textContent())!.trim();
      expect(code.length).toBeGreaterThanOrEqual(6);
      await expect.poll(() => card.locator('svg path').count()).toBeGreaterThan(0);

      // The code shown is the one a tablet enrols with.
      const enrolled = await fetch(`${suite.server.url}/api/v1/devices/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, label: 'Kerava desk' }),
      });
      expect(enrolled.status).toBe(201);

      await page.reload();
      await page.getByRole('button', { name: 'Revoke: Kerava desk' }).click();
      await page.getByRole('button', { name: 'Yes, revoke' }).click();
      await page.getByText(/^Revoked /).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      const admin = await signInAsAdmin(suite.server.url);
      const { devices } = (await admin.call('/api/v1/devices')) as {
        devices: { label: string; revokedAt: string | null }[];
      };
      expect(devices).toEqual([
        expect.objectContaining({ label: 'Kerava desk', revokedAt: expect.any(String) }),
      ]);
      expect(violations).toEqual([]);

      await page.goto(`${suite.server.url}/enrol?lang=fi`);
      await page.getByLabel('Liittämiskoodi').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
