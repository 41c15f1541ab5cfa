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
  // Each figure goes out on the console: polling for it with page.waitForFunction would run
  // Playwright's script in the very frames being timed.
  await context.addInitScript({
    content: `
      document.addEventListener('click', (event) => {
        if (!(event.target instanceof HTMLInputElement) || !event.target.closest('.chip')) return;
        const tappedAt = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => console.info('tap-to-paint ' + (performance.now() - tappedAt));
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

  const timings: number[] = [];
  for (let i = 0; i < TAPS; i++) {
    const [group, label] = chips[i % chips.length]!;
    const box = await page
      .getByRole('group', { name: group })
      .or(page.getByRole('radiogroup', { name: group }))
      .getByLabel(label, { exact: true })
      .boundingBox();
    if (!box) throw new Error(`${group}: ${label} is not on screen`);
    // Found first, then tapped a moment later with a plain pointer press, as a finger taps: a
    // locator's click runs Playwright's checks on the page's main thread just as the tap lands.
    await page.waitForTimeout(100);
    const painted = page.waitForEvent('console', {
      predicate: (message) => message.text().startsWith('tap-to-paint '),
    });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    timings.push(Number((await painted).text().split(' ')[1]));
  }
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
