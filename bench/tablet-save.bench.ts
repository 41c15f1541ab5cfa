import { firstPage } from '../test/support/chromium';
import {
  enrolTablet,
  sampleVisits,
  tapVisit,
  waitForOfflineReady,
  type TappedVisit,
} from '../test/e2e/desk-browser';
import { recordResults } from './results';
import { percentile, round1, startTabletRig } from './tablet-browser';

// tablet.saveVisitMsP50 / P95: from the tap on Save (the click dispatched in the page) to the
// moment the IndexedDB transaction that writes the visit completes, over 200 saves in Chromium.
// The commit is observed on IndexedDB itself (a readwrite transaction over `visits` firing
// 'complete'), not on anything the app reports. The tablet is offline, as it often is, so the
// sync engine writes nothing to `visits` meanwhile.
const SAVES = 200;
const visits: TappedVisit[] = [
  ...sampleVisits,
  { ageGroup: 'Older people 65+', sector: 'Social care', topics: ['Housing', 'Income and finances'] },
];

const { server, profile, dispose } = await startTabletRig();
const context = await profile.launch();
try {
  await context.addInitScript(() => {
    // Resolves at the next commit of a readwrite transaction over `visits`, with its time.
    let waiters: ((at: number) => void)[] = [];
    (window as unknown as { nextVisitCommit: () => Promise<number> }).nextVisitCommit = () =>
      new Promise((done) => waiters.push(done));
    const open = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (
      this: IDBDatabase,
      stores: string | string[],
      mode?: IDBTransactionMode,
      options?: IDBTransactionOptions,
    ) {
      const transaction = open.call(this, stores, mode, options);
      const names = typeof stores === 'string' ? [stores] : [...stores];
      if (mode === 'readwrite' && names.includes('visits')) {
        transaction.addEventListener('complete', () => {
          const at = performance.now();
          for (const done of waiters) done(at);
          waiters = [];
        });
      }
      return transaction;
    };
  });
  const page = await firstPage(context);
  await enrolTablet(page, server.url);
  await waitForOfflineReady(page);
  await server.stop();
  await page.goto(`${server.url}/?lang=en`);
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await save.waitFor();

  const timings: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const visit = visits[i % visits.length]!;
    await tapVisit(page, visit);
    timings.push(
      await page.evaluate(async () => {
        const button = [...document.querySelectorAll('button[type="submit"]')].find(
          (b) => b.textContent === 'Save',
        ) as HTMLButtonElement;
        const committed = (window as unknown as { nextVisitCommit: () => Promise<number> }).nextVisitCommit();
        const tappedAt = performance.now();
        button.click();
        return (await committed) - tappedAt;
      }),
    );
    // The next client starts on a blank form.
    await page
      .getByRole('radiogroup', { name: 'Age group', exact: true })
      .getByLabel(visit.ageGroup, { exact: true })
      .and(page.locator(':not(:checked)'))
      .waitFor();
  }
  const stored = await page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const request = indexedDB.open('neuvo');
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const count = request.result.transaction('visits').objectStore('visits').count();
          count.onsuccess = () => done(count.result);
        };
      }),
  );
  if (stored !== SAVES) throw new Error(`IndexedDB holds ${stored} visits, expected ${SAVES}`);
  recordResults({
    'tablet.saveVisitMsP50': round1(percentile(timings, 50)),
    'tablet.saveVisitMsP95': round1(percentile(timings, 95)),
  });
} finally {
  await context.close();
  await dispose();
}
