import { addDays, helsinkiDate } from '../src/domain/helsinki-date';
import { openSqliteStore } from '../src/server/store/sqlite';
import { firstPage } from '../test/support/chromium';
import { enrolWithCode } from '../test/e2e/desk-browser';
import { signInAsAdmin } from '../test/support/http-admin';
import { countPendingInPage, seedPendingVisits } from '../test/e2e/tablet-db';
import { recordResults } from './results';
import { startTabletRig } from './tablet-browser';

// sync.drain10kSec: a tablet in Chromium with 10,000 pending visits presses "Sync now"; the time
// until none is pending (every batch sent to the real server on SQLite, answered and marked).
const VISITS = 10_000;

const { server, profile, dispose } = await startTabletRig();
const context = await profile.launch();
try {
  const admin = await signInAsAdmin(server.url);
  const code = await admin.pointWithCode('bench', 'Bench point');
  const page = await firstPage(context);
  await enrolWithCode(page, server.url, code, 'Bench tablet');

  // Seed while batches cannot get through, so the drain starts on the button, not on the reload.
  await page.route('**/api/v1/visits/batch', (route) => route.abort('internetdisconnected'));
  // Dated a month back: 10,000 visits of one day would measure the desk's day list, not the sync.
  await seedPendingVisits(page, VISITS, 'bench', addDays(helsinkiDate(new Date()), -30));
  await page.reload();
  await page.getByText(`Waiting to be sent: ${VISITS}`).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Sync now' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('.sync-status button[disabled]'));
  await page.unroute('**/api/v1/visits/batch');

  const started = performance.now();
  await page.getByRole('button', { name: 'Sync now' }).click();
  for (;;) {
    if ((await countPendingInPage(page)) === 0) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  const store = await openSqliteStore({ dataDir: server.dataDir });
  const stored = await store.countStoredVisits();
  await store.close();
  if (stored !== VISITS) throw new Error(`the server holds ${stored} visits, expected ${VISITS}`);
  recordResults({ 'sync.drain10kSec': Math.round(seconds * 100) / 100 });
} finally {
  await context.close();
  await dispose();
}
