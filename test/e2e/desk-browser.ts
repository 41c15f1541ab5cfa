import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { firstPage, type Profile } from '../support/chromium';
import { signInAsAdmin } from '../support/http-admin';
import { asTablet, type TabletPage } from '../support/tablet-page';

/**
 * A private copy of a built app (e.g. builtApp()) for one test's server (NEUVO_STATIC_DIR), so a
 * rebuild of the original cannot pull files from under its service worker, and the test may change
 * the copy. Remove it after.
 */
export function deployedCopy(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'neuvo-deploy-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** A visit as staff tap it on the desk (?lang=en): catalogue English labels. */
export interface TappedVisit {
  ageGroup: string;
  sector: string;
  topics?: string[];
  referrals?: string[];
}

/** Three visits of different age groups, sectors and next steps, for logging on the desk. */
export const sampleVisits: TappedVisit[] = [
  {
    ageGroup: 'Working age 18–64',
    sector: 'Social care',
    topics: ['Housing'],
    referrals: ['Resolved at the advice point'],
  },
  {
    ageGroup: 'Older people 65+',
    sector: 'Health care',
    topics: ['Appointment booking'],
    referrals: ['Nurse follow-up'],
  },
  { ageGroup: 'Families with children', sector: 'Both', referrals: ['Kela (social insurance)'] },
];

/** Enrol the browser as a tablet of a new point through the real enrolment page; ends on the desk. */
export async function enrolTablet(
  page: Page | TabletPage,
  serverUrl: string,
  pointId = 'kerava',
): Promise<void> {
  const admin = await signInAsAdmin(serverUrl);
  await enrolWithCode(page, serverUrl, await admin.pointWithCode(pointId, `Point ${pointId}`));
}

/** Enrol the browser with a code on the real enrolment page; ends on the desk. */
export async function enrolWithCode(
  page: Page | TabletPage,
  serverUrl: string,
  code: string,
  label = 'Front desk',
): Promise<void> {
  const tablet = asTablet(page);
  await tablet.goto(`${serverUrl}/enrol?lang=en`);
  await tablet.fill('Enrolment code', code);
  await tablet.fill('Device name', label);
  await tablet.press('Enrol device');
  await until(
    async () => (await tablet.url()) === `${serverUrl}/`,
    'the desk after enrolment',
    20_000,
    tablet,
  );
}

/**
 * Poll `condition` every 100 ms until it holds (at most `timeoutMs`); on a timeout the error shows
 * what `page` showed, for the reader of a failed CI run.
 */
export async function until(
  condition: () => Promise<boolean>,
  what: string,
  timeoutMs = 20_000,
  page?: TabletPage,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) {
      const shown = page && (await page.evaluate(() => document.body.innerText, null).catch(() => ''));
      throw new Error(`timed out waiting for ${what}${shown ? `; the page showed:\n${shown}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Enrol the profile's browser as a tablet, wait until it works offline, and close the browser. */
export async function enrolOfflineTablet(profile: Profile, serverUrl: string): Promise<void> {
  const context = await profile.launch();
  try {
    const page = await firstPage(context);
    await enrolTablet(page, serverUrl);
    await waitForOfflineReady(page);
  } finally {
    await context.close();
  }
}

/** Sign in on the sign-in form the page shows (?lang=en). */
export async function signIn(page: Page, credentials: { username: string; password: string }): Promise<void> {
  await page.getByLabel('Username').fill(credentials.username);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Messages of the page's Content-Security-Policy refusals, as they come. */
export function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** Wait until the service worker is active, i.e. its precache (the whole app) is installed. */
export async function waitForOfflineReady(page: Page | TabletPage): Promise<void> {
  await asTablet(page).evaluate(async () => {
    await navigator.serviceWorker.ready;
  }, null);
}

/** Tap the chips of a visit into the desk form (without saving). */
export async function tapVisit(page: Page | TabletPage, visit: TappedVisit): Promise<void> {
  const tablet = asTablet(page);
  await tablet.check('Age group', visit.ageGroup);
  await tablet.check('Sector', visit.sector);
  for (const topic of visit.topics ?? []) await tablet.check('Topics', topic);
  for (const referral of visit.referrals ?? []) await tablet.check('Referrals', referral);
}

/** Tap a visit and Save it; resolves once it shows in the day's list. */
export async function logVisit(page: Page | TabletPage, visit: TappedVisit): Promise<void> {
  const tablet = asTablet(page);
  const before = (await tablet.listItems('Visits')).length;
  await tapVisit(tablet, visit);
  await tablet.press('Save');
  await until(
    async () => (await tablet.listItems('Visits')).length > before,
    'the saved visit in the list',
    20_000,
    tablet,
  );
}

/** The visits listed under "Visits" (or that heading in another language). */
export function visitItems(page: Page, heading = 'Visits') {
  return page.getByRole('region', { name: heading }).getByRole('listitem');
}

/** A question of the desk form by its legend: a required one is a radio group, the others groups. */
export function question(page: Page, name: string) {
  return page
    .getByRole('radiogroup', { name, exact: true })
    .or(page.getByRole('group', { name, exact: true }));
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page as it is now, with the offending elements. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // evaluate is not bound by the page's CSP, which allows no injected script.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run: () => Promise<Result> } }).axe;
    const { violations } = await axe.run();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
