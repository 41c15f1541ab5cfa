import { firstPage } from '../test/support/chromium';
import { postBatch, signInAsAdmin } from '../test/support/http-admin';
import { keusoteVisits } from '../test/support/visit-factory';
import { recordResults } from './results';
import { percentile, round1, startTabletRig } from './tablet-browser';

// tally.reportPdfMs (information): the printable report of the Keusote half-year (1,506 visits at
// one point, January–June 2023) rendered to an A4 PDF by Chromium, from the call to the file
// written: print layout, the SVG chart and the PDF. The page and its figures are loaded first;
// median of 7 after one warm-up.
const RUNS = 7;
const supervisor = { username: 'sini', password: 'supervisor-password' };
const { server, profile, dispose } = await startTabletRig();
const context = await profile.launch();
try {
  const admin = await signInAsAdmin(server.url);
  const { token } = await admin.enrolTablet('hyvinkaa');
  const visits = keusoteVisits('hyvinkaa');
  for (let i = 0; i < visits.length; i += 500) await postBatch(server.url, token, visits.slice(i, i + 500));
  await admin.call('/api/v1/users', { body: { ...supervisor, role: 'supervisor', points: ['hyvinkaa'] } });

  const page = await firstPage(context);
  await page.goto(`${server.url}/reports?lang=en`);
  await page.getByLabel('Username').fill(supervisor.username);
  await page.getByLabel('Password').fill(supervisor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('From (month)').fill('2023-01');
  await page.getByLabel('To (month)').fill('2023-06');
  await page
    .getByRole('table', { name: 'Visits by age group and sector' })
    .getByRole('cell', { name: '1,506' })
    .waitFor();
  await page.emulateMedia({ media: 'print' });
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run += 1) {
    const started = performance.now();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const ms = performance.now() - started;
    if (pdf.length < 10_000) throw new Error(`the report's PDF is only ${pdf.length} bytes`);
    if (run > 0) times.push(ms);
  }
  recordResults(
    { 'tally.reportPdfMs': round1(percentile(times, 50)) },
    { 'tally.reportPdfMs': times.map(round1) },
  );
} finally {
  await context.close();
  await dispose();
}
