import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { signInAsAdmin } from './sync-api';

/**
 * A private copy of the built app for one test's server (NEUVO_STATIC_DIR), so a rebuild of dist
 * while the test runs cannot pull files from under its service worker. Remove it after.
 */
export function deployedCopy(from = resolve(import.meta.dirname, '../../dist')): string {
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

/** The visits listed under "Visits" (or that heading in another language). */
export function visitItems(page: Page, heading = 'Visits') {
  return page.getByRole('region', { name: heading }).getByRole('listitem');
}

async function choose(page: Page, question: string, label: string): Promise<void> {
  await page.getByRole('group', { name: question, exact: true }).getByLabel(label, { exact: true }).check();
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
