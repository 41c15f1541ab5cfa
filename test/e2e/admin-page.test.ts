import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProfile } from '../support/chromium';
import { startServer, TEST_ADMIN, type RunningServer } from '../support/server-process';
import { signInAsAdmin } from './sync-api';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page as it is now (evaluate is not bound by the page's CSP). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
    const { violations } = await axe.run();
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('the admin page in a browser', () => {
  let server: RunningServer;
  let profile: Awaited<ReturnType<typeof openProfile>>;

  beforeAll(async () => {
    server = await startServer();
    profile = await openProfile();
  });
  afterAll(async () => {
    await server?.stop();
    server?.dispose();
    profile?.dispose();
  });

  it('signs in, creates a point, shows a working enrolment code with its QR code, and revokes the enrolled device; no serious axe findings', async () => {
    const context = await profile.launch();
    const violations: string[] = [];
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(`${server.url}/admin?lang=en`);
      await page.getByLabel('Username').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByLabel('Username').fill(TEST_ADMIN.username);
      await page.getByLabel('Password').fill(TEST_ADMIN.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
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
      const enrolled = await fetch(`${server.url}/api/v1/devices/enrol`, {
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
      const admin = await signInAsAdmin(server.url);
      const { devices } = (await admin.call('/api/v1/devices')) as { devices: { label: string; revokedAt: string | null }[] };
      expect(devices).toEqual([expect.objectContaining({ label: 'Kerava desk', revokedAt: expect.any(String) })]);
      expect(violations).toEqual([]);

      await page.goto(`${server.url}/enrol?lang=fi`);
      await page.getByLabel('Liittämiskoodi').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
