import type { Page } from 'playwright-core';
import { signInAsAdmin } from './sync-api';

/** A visit as staff tap it on the desk (?lang=en): catalogue English labels. */
export interface TappedVisit {
  ageGroup: string;
  sector: string;
  topics?: string[];
  referrals?: string[];
}

/** Enrol the browser as a tablet of a new point through the real enrolment page; ends on the desk. */
export async function enrolTablet(page: Page, serverUrl: string, pointId = 'kerava'): Promise<void> {
  const admin = await signInAsAdmin(serverUrl);
  const code = await admin.pointWithCode(pointId, `Point ${pointId}`);
  await page.goto(`${serverUrl}/enrol?lang=en`);
  await page.getByLabel('Enrolment code').fill(code);
  await page.getByLabel('Device name').fill('Front desk');
  await page.getByRole('button', { name: 'Enrol device' }).click();
  await page.waitForURL(`${serverUrl}/`);
}

/** Wait until the service worker is active, i.e. its precache (the whole app) is installed. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** Tap the chips of a visit into the desk form (without saving). */
export async function tapVisit(page: Page, visit: TappedVisit): Promise<void> {
  await choose(page, 'Age group', visit.ageGroup);
  await choose(page, 'Sector', visit.sector);
  for (const topic of visit.topics ?? []) await choose(page, 'Topics', topic);
  for (const referral of visit.referrals ?? []) await choose(page, 'Referrals', referral);
}

/** Tap a visit and Save it; resolves once it shows in the day's list. */
export async function logVisit(page: Page, visit: TappedVisit): Promise<void> {
  const before = await visitItems(page).count();
  await tapVisit(page, visit);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await visitItems(page).nth(before).waitFor();
}

/** The visits listed under "Visits". */
export function visitItems(page: Page) {
  return page.getByRole('region', { name: 'Visits' }).getByRole('listitem');
}

async function choose(page: Page, question: string, label: string): Promise<void> {
  await page.getByRole('group', { name: question, exact: true }).getByLabel(label, { exact: true }).check();
}
