import { firstPage } from '../test/support/chromium';
import { enrolTablet, waitForOfflineReady } from '../test/e2e/desk-browser';
import { recordResults } from './results';
import { percentile, round1, startTabletRig } from './tablet-browser';

// tablet.chipTapToPaintMsP95: from a tap on a chip of the desk form (the click's own timestamp,
// taken by the browser as the input arrives) to the next paint that can show it (the first task
// after the following animation frame), with the CPU throttled 4x, over 120 taps. The taps go
// round the questions of a common visit: age groups, sectors (which change the topics offered),
// topics and referrals, each ticked and unticked. Offline, as a tablet often is.
const TAPS = 120;
const chips: [group: string, label: string][] = [
  ['Age group', 'Working age 18–64'],
  ['Sector', 'Social care'],
  ['Topics', 'Housing'],
  ['Referrals', 'Resolved at the advice point'],
  ['Topics', 'Housing'],
  ['Referrals', 'Resolved at the advice point'],
  ['Age group', 'Older people 65+'],
  ['Sector', 'Health care'],
  ['Topics', 'Appointment booking'],
  ['Referrals', 'Nurse follow-up'],
  ['Topics', 'Appointment booking'],
  ['Referrals', 'Nurse follow-up'],
];

const { server, profile, dispose } = await startTabletRig();
const context = await profile.launch();
try {
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  await context.addInitScript({
    content: `
      window.tapToPaint = [];
      document.addEventListener('click', (event) => {
        if (!(event.target instanceof HTMLInputElement) || !event.target.closest('.chip')) return;
        const tappedAt = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => window.tapToPaint.push(performance.now() - tappedAt);
          channel.port2.postMessage(null);
        });
      }, { capture: true });`,
  });
  const page = await firstPage(context);
  await enrolTablet(page, server.url);
  await waitForOfflineReady(page);
  await server.stop();
  await page.goto(`${server.url}/?lang=en`);
  await page.getByRole('button', { name: 'Save', exact: true }).waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

  for (let i = 0; i < TAPS; i++) {
    const [group, label] = chips[i % chips.length]!;
    await page
      .getByRole('group', { name: group })
      .or(page.getByRole('radiogroup', { name: group }))
      .getByLabel(label, { exact: true })
      .click();
    await page.waitForFunction(
      (count) => (window as unknown as { tapToPaint: number[] }).tapToPaint.length >= count,
      i + 1,
    );
  }
  const timings = await page.evaluate(() => (window as unknown as { tapToPaint: number[] }).tapToPaint);
  if (timings.length !== TAPS) throw new Error(`measured ${timings.length} taps, expected ${TAPS}`);
  for (const question of new Set(chips.map(([group]) => group))) {
    const own = timings.filter((_, i) => chips[i % chips.length]![0] === question);
    console.log(
      `  ${question}: p50 ${round1(percentile(own, 50))} ms, p95 ${round1(percentile(own, 95))} ms`,
    );
  }
  recordResults(
    {
      'tablet.chipTapToPaintMsP50': round1(percentile(timings, 50)),
      'tablet.chipTapToPaintMsP95': round1(percentile(timings, 95)),
    },
    { 'tablet.chipTapToPaintMsP95': timings },
  );
} finally {
  await context.close();
  await dispose();
}
