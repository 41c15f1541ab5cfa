import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { referenceCatalogue } from '../../src/domain/catalogue';
import { firstPage, openProfile } from '../support/chromium';
import { TEST_ADMIN } from '../support/server-process';
import { browserSuite } from './browser-suite';
import {
  collectCspViolations,
  enrolTablet,
  enrolWithCode,
  logVisit,
  seriousViolations,
  signIn,
  waitForOfflineReady,
} from './desk-browser';
import { signInAsAdmin } from '../support/http-admin';
import { putInTabletDb } from './tablet-db';

const VISIT_ID = '6c1f0e2a-4b7d-4c3e-9a8b-2f1e0d9c8b7a';
/** A visit with five referrals, for the slip that must shrink its text to stay on one A5 sheet. */
const BUSY_ID = '0b9d8c7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e';
const BUSY_REFERRALS = [
  'health.nurse-follow-up',
  'health.doctor-follow-up',
  'external.kela',
  'external.third-sector',
  'resolved',
];
const TOPICS = ['social.income', 'health.prescription'];
const results = resolve(import.meta.dirname, '../../bench/results');

const hyvinkaa = {
  address: 'Sairaalankatu 1, 05850 Hyvinkää',
  hours: { fi: 'ma–pe klo 8–15', sv: 'mån–fre kl. 8–15', en: 'Mon–Fri 8 am – 3 pm' },
  phone: '019 123 4567',
  feedbackUrl: 'https://palaute.example.fi/neuvo?piste=hyvinkaa',
};
const service = (name: string, phone: string, url: string, contactWithinDays = 1) => ({
  name: { fi: name, sv: '', en: '' },
  phone,
  hours: { fi: 'ma–pe klo 9–15', sv: '', en: '' },
  address: 'Hämeenkatu 1, 05800 Hyvinkää',
  url,
  contactWithinDays,
});
/** Each referral of the visit with the words and phone number its slip line must carry (Finnish). */
const referrals = [
  {
    code: 'health.doctor-follow-up',
    details: service('Hyvinkään terveysasema', '019 456 7890', '', 2),
    expect: ['Hyvinkään terveysasema ottaa sinuun yhteyttä viimeistään ke 8.4.2026', '019 456 7890'],
  },
  {
    code: 'external.kela',
    details: service('Kela, Hyvinkään palvelupiste', '020 692 207', 'https://www.kela.fi'),
    expect: ['Ota itse yhteyttä: Kela, Hyvinkään palvelupiste', '020 692 207', 'https://www.kela.fi'],
  },
  {
    code: 'external.third-sector',
    details: service('Järjestötalo', '040 123 4567', 'https://jarjestot.example.fi'),
    expect: ['Ota itse yhteyttä: Järjestötalo', '040 123 4567'],
  },
  { code: 'resolved', expect: ['Asia hoidettiin neuvontapisteessä'] },
];

describe('the printed slip in Chromium', () => {
  const suite = browserSuite();
  const work = mkdtempSync(join(tmpdir(), 'neuvo-slip-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('lets an admin enter a service\u2019s details on /admin/directory; no serious axe findings', async () => {
    const context = await suite.profile.launch();
    try {
      const page = await firstPage(context);
      const cspViolations = collectCspViolations(page);
      await page.goto(`${suite.server.url}/admin/directory?lang=en`);
      await signIn(page, TEST_ADMIN);
      await page.getByRole('heading', { name: 'Service directory' }).waitFor();
      await page.getByRole('button', { name: 'Edit: Parish' }).click();
      const form = page.getByRole('form', { name: 'Edit: Parish' });
      await form.getByLabel('Phone').fill('019 000 1234');
      await form.getByLabel('Web address').fill('https://seurakunta.example.fi');
      expect(await seriousViolations(page)).toEqual([]);
      await form.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Saved: Parish').waitFor();
      const admin = await signInAsAdmin(suite.server.url);
      const { services } = (await admin.call('/api/v1/directory')) as {
        services: { code: string; phone: string; isDemonstration: boolean }[];
      };
      expect(services.find((s) => s.code === 'external.parish')).toMatchObject({
        phone: '019 000 1234',
        isDemonstration: false,
      });
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens the slip from the desk right after Save, in the UI language, without the visit id', async () => {
    const ownProfile = await openProfile();
    const context = await ownProfile.launch();
    try {
      const page = await firstPage(context);
      await enrolTablet(page, suite.server.url, 'kerava');
      await page.goto(`${suite.server.url}/?lang=en`);
      await logVisit(page, {
        ageGroup: 'Older people 65+',
        sector: 'Health care',
        topics: ['Appointment booking'],
        referrals: ['Nurse follow-up', 'Kela (social insurance)'],
      });
      await page.getByRole('link', { name: 'Print slip' }).click();
      await page.waitForURL(/\/slip\/[0-9a-f-]{36}$/);
      const slip = page.getByRole('article');
      await slip.getByText('Nurse follow-up').waitFor();
      const text = (await slip.textContent()) ?? '';
      expect(text).toContain('will contact you by');
      expect(text).toContain('Kela (social insurance)');
      expect(text).toContain('DEMONSTRATION DETAILS'); // nobody has entered Kerava's details
      expect(text).not.toContain('Appointment booking');
      expect(text).not.toContain(decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!));
    } finally {
      await context.close();
      ownProfile.dispose();
    }
  });

  it('prints a one-page slip on A5 and on an 80 mm receipt, offline, with every next step and no visit id or topic', async () => {
    const admin = await signInAsAdmin(suite.server.url);
    const code = await admin.pointWithCode('hyvinkaa', 'Pohjoinen sote-keskus (Hyvinkää)');
    await admin.call('/api/v1/directory/points/hyvinkaa', { method: 'PUT', body: hyvinkaa });
    for (const r of referrals)
      if (r.details)
        await admin.call(`/api/v1/directory/services/${r.code}`, { method: 'PUT', body: r.details });

    const context = await suite.profile.launch();
    try {
      const page = await firstPage(context);
      const cspViolations = collectCspViolations(page);
      await enrolWithCode(page, suite.server.url, code);
      await waitForOfflineReady(page);
      await expect.poll(() => cachedKeys(page), { timeout: 20_000 }).toContain('directory');
      await seedVisit(
        page,
        VISIT_ID,
        referrals.map((r) => r.code),
      );
      await seedVisit(page, BUSY_ID, BUSY_REFERRALS);

      // No server at all: the slip comes from the service worker's precache and the tablet's database.
      await suite.server.stop();
      await page.goto(`${suite.server.url}/slip/${VISIT_ID}?lang=fi`);
      await page.locator('article.slip').waitFor();
      // The slip is in Finnish; the staff's controls stay in their own language (English here).
      await page.getByRole('button', { name: 'Print' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ media: 'print' });

      const a5 = await printToPdf(page, join(work, 'slip-a5.pdf'), 'slip-a5');
      expect(a5.info).toMatch(/Pages:\s+1\n/);
      expect(a5.size[0]).toBeCloseTo(mm(148), 0); // A5 portrait
      expect(a5.size[1]).toBeCloseTo(mm(210), 0);
      checkText(a5.text);
      render(a5.path, 'slip-a5');

      // Large print stays large (≥ 14 pt): four referrals then take a second A5 sheet, nothing cut off.
      const a5Large = await printInLargePrint(page, join(work, 'slip-a5-large.pdf'));
      expect(a5Large.info).toMatch(/Pages:\s+2\n/);
      checkText(a5Large.text);
      // The second sheet says where it comes from: the point's name heads it.
      const secondSheet = execFileSync('pdftotext', ['-f', '2', '-l', '2', a5Large.path, '-']).toString();
      expect(secondSheet.replace(/\s+/g, ' ')).toContain('Pohjoinen sote-keskus (Hyvinkää)');

      // Written under Dexie's feet, so reload (from the precache: the server is still gone) to read it.
      await setSlipFormat(page, 'receipt');
      await page.reload();
      const receipt = await printToPdf(page, join(work, 'slip-receipt.pdf'), 'slip-receipt');
      expect(receipt.info).toMatch(/Pages:\s+1\n/);
      expect(receipt.size[0]).toBeCloseTo(mm(80), 0);
      checkText(receipt.text);
      render(receipt.path, 'slip-receipt');

      // Large print makes the receipt longer, never a second page.
      const large = await printInLargePrint(page, join(work, 'slip-receipt-large.pdf'));
      expect(large.info).toMatch(/Pages:\s+1\n/);
      expect(large.size[0]).toBeCloseTo(mm(80), 0);
      expect(large.size[1]).toBeGreaterThan(receipt.size[1]! * 1.15);
      const largeText = large.text.replace(/\s+/g, ' ');
      for (const phone of ['019 123 4567', '019 456 7890', '020 692 207', '040 123 4567'])
        expect(largeText).toContain(phone);
      expect(largeText).toContain('ke 8.4.2026');
      expect(largeText).not.toContain(VISIT_ID);

      // Five referrals and a staff note on A5: the text shrinks (to no less than 80 %) to keep one sheet.
      await setSlipFormat(page, 'a5');
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${suite.server.url}/slip/${BUSY_ID}?lang=fi`);
      await page.getByLabel('Short instruction for the client (optional)').fill('Ota Kelan päätös mukaan.');
      await page.emulateMedia({ media: 'print' });
      const busy = await printToPdf(page, join(work, 'slip-busy.pdf'), 'slip-a5', 3);
      expect(busy.info).toMatch(/Pages:\s+1\n/);
      const busyText = busy.text.replace(/\s+/g, ' ');
      for (const phone of ['019 456 7890', '020 692 207', '040 123 4567']) expect(busyText).toContain(phone);
      expect(busyText).toContain('Ota Kelan päätös mukaan.');
      expect(busyText).not.toContain(BUSY_ID);
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

function checkText(raw: string): void {
  const text = raw.replace(/\s+/g, ' ');
  expect(text).toContain('Pohjoinen sote-keskus (Hyvinkää)');
  expect(text).toContain('019 123 4567');
  expect(text).toContain('Päivä: to 2.4.2026');
  for (const r of referrals) for (const words of r.expect) expect(text).toContain(words);
  expect(text).not.toContain(VISIT_ID);
  expect(text).not.toContain(VISIT_ID.slice(0, 8));
  for (const topic of referenceCatalogue.topics.filter((t) => TOPICS.includes(t.code)))
    expect(text).not.toContain(topic.fi);
  expect(text).not.toContain('ESIMERKKITIEDOT');
}

async function printToPdf(page: Page, path: string, sheetClass: string, qrCodes = 3) {
  await page.locator(`article.${sheetClass}`).waitFor();
  // Every QR code drawn before printing.
  await expect
    .poll(() =>
      page
        .locator('img.slip-qr')
        .evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).complete).length),
    )
    .toBe(qrCodes);
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [path]).toString();
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!.slice(1).map(Number);
  return { path, info, size, text: execFileSync('pdftotext', [path, '-']).toString() };
}

/** Tick Large print (the control shows on screen only) and print the slip again. */
async function printInLargePrint(page: Page, path: string) {
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Large print').check();
  await page.emulateMedia({ media: 'print' });
  return printToPdf(page, path, 'slip-large');
}

/** Millimetres in PDF points. */
const mm = (value: number) => (value / 25.4) * 72;

/** Page 1 of the PDF as a PNG in bench/results, for the eye and for the note. */
function render(pdf: string, name: string): void {
  const base = join(resolve(pdf, '..'), name);
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, base]);
  copyFileSync(`${base}.png`, join(results, `${name}.png`));
}

/** The keys of what the tablet keeps from the server (catalogue, point, directory). */
function cachedKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const request = indexedDB.open('neuvo');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const keys = await new Promise<IDBValidKey[]>((ok, fail) => {
      const request = db.transaction('cache').objectStore('cache').getAllKeys();
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    db.close();
    return keys.map(String);
  });
}

/** The visit as the desk saves it (already synced, so the engine leaves it alone): referrals of each kind, and topics. */
function seedVisit(page: Page, visitId: string, codes: string[]): Promise<void> {
  return putInTabletDb(page, 'visits', [
    {
      id: visitId,
      rev: 1,
      pointId: 'hyvinkaa',
      visitDate: '2026-04-02',
      recordedAt: '2026-04-02T10:15:00.000+03:00',
      catalogueVersion: referenceCatalogue.version,
      ageGroup: 'older',
      sector: 'both',
      topics: TOPICS,
      referrals: codes,
      deleted: false,
      sentRev: 1,
      isPending: 0,
    },
  ]);
}

function setSlipFormat(page: Page, format: 'a5' | 'receipt'): Promise<void> {
  return putInTabletDb(page, 'settings', [{ key: 'slipFormat', value: format }]);
}
