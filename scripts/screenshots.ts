import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { firstPage, openProfile } from '../test/support/chromium';
import { signInAsAdmin } from '../test/support/http-admin';
import { startServer } from '../test/support/server-process';
import { DEMO_SUPERVISOR, loadDemo } from '../src/server/demo/load-demo';
import { openConfiguredStore } from '../src/server/store/open-from-config';

// `npm run screenshots`: every page at tablet size (1024×768), the desk and a slip in fi, sv and
// en, into docs/screenshots/. Runs the built app (npm run build first) on a throw-away server
// loaded with the demonstration data, in the same headless Chromium the browser tests use.
const out = resolve(import.meta.dirname, '../docs/screenshots');
const only = process.argv[2];
mkdirSync(out, { recursive: true });

const dataDir = mkdtempSync(join(tmpdir(), 'neuvo-shots-'));
const store = await openConfiguredStore({ dataDir });
await loadDemo(store);
await store.close();
const server = await startServer({ dataDir });
const profile = await openProfile();
const context = await profile.launch();

async function shot(page: Page, name: string, fullPage = false) {
  if (only && !name.startsWith(only)) return;
  // Fonts and the last layout settle before the picture.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage });
  console.log(`docs/screenshots/${name}.png`);
}

try {
  const page = await firstPage(context);
  const url = server.url;
  const admin = await signInAsAdmin(url);
  const code = await admin.pointWithCode('kerava-demo', 'Keravan lähineuvonta');
  await page.goto(`${url}/enrol?lang=en&code=${code}`);
  await page.getByLabel('Device name').fill('Front desk');
  await page.getByRole('button', { name: 'Enrol device' }).click();
  await page.waitForURL(`${url}/`);

  const labels = {
    fi: { save: 'Tallenna', age: 'Työikäiset 18–64', sector: 'Sosiaalihuolto' },
    sv: { save: 'Spara', age: 'Personer i arbetsför ålder 18–64', sector: 'Socialvård' },
    en: { save: 'Save', age: 'Working age 18–64', sector: 'Social care' },
  };
  for (const lang of ['fi', 'sv', 'en'] as const) {
    await page.goto(`${url}/?lang=${lang}`);
    await page.getByRole('button', { name: labels[lang].save, exact: true }).waitFor();
    await shot(page, `desk-${lang}`);
  }
  for (const size of [
    { name: 'portrait', width: 768, height: 1024 },
    { name: '320px', width: 320, height: 640 },
  ]) {
    await page.setViewportSize(size);
    await page.goto(`${url}/?lang=en`);
    await page.getByRole('button', { name: 'Save', exact: true }).waitFor();
    await shot(page, `desk-en-${size.name}`);
  }
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${url}/?lang=en`);
  for (const [question, choice] of [
    ['Age group', 'Working age 18–64'],
    ['Sector', 'Social care'],
    ['Topics', 'Housing'],
    ['Referrals', 'Client guidance, working age'],
    ['Referrals', 'Kela (social insurance)'],
  ] as const)
    await page
      .getByRole('radiogroup', { name: question, exact: true })
      .or(page.getByRole('group', { name: question, exact: true }))
      .getByLabel(choice, { exact: true })
      .check();
  // check() scrolled to each chip: the picture shows the screen as the nurse sees it, from the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'desk-en-filled');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const slip = page.getByRole('link', { name: 'Print slip' });
  await slip.waitFor();
  const slipPath = (await slip.getAttribute('href'))!;
  // Portrait: the day's visits behind their tab, with the visit just saved.
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto(`${url}/?lang=en`);
  await page.getByRole('tab', { name: /^Day’s visits \(1\)/ }).click();
  await shot(page, 'desk-en-portrait-day');
  await page.setViewportSize({ width: 1024, height: 768 });
  for (const lang of ['fi', 'sv', 'en'] as const) {
    await page.goto(`${url}${slipPath}?lang=${lang}`);
    await page.locator('.slip').waitFor();
    await shot(page, `slip-${lang}`, true);
  }
  const pages: [string, string][] = [
    ['settings-en', '/settings?lang=en'],
    ['enrol-en', '/enrol?lang=en'],
    ['accessibility-fi', '/accessibility?lang=fi'],
  ];
  for (const [name, path] of pages) {
    await page.goto(`${url}${path}`);
    await page.locator('main h1').waitFor();
    await shot(page, name);
  }
  await page.goto(`${url}/reports?lang=en`);
  await page.getByLabel('Username').fill(DEMO_SUPERVISOR.username);
  await page.getByLabel('Password').fill(DEMO_SUPERVISOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await shot(page, 'reports-en', true);
} finally {
  await context.close();
  profile.dispose();
  await server.stop();
  server.dispose();
  rmSync(dataDir, { recursive: true, force: true });
}
