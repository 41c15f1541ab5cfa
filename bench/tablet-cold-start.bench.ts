import { firstPage } from '../test/support/chromium';
import { enrolOfflineTablet } from '../test/e2e/desk-browser';
import { recordResults } from './results';
import { percentile, round1, startTabletRig } from './tablet-browser';

// tablet.offlineColdStartMsP50: an enrolled tablet with the server gone; each run starts the browser
// afresh on the same profile (service worker not running), throttles the CPU 4x and opens the desk.
// The figure is the page's own clock (from navigation start) at the DOM change that shows the form
// with its Save button: the median of 10 runs. Browser start-up itself is not counted.
const RUNS = 10;

const { server, profile, dispose } = await startTabletRig();
try {
  await enrolOfflineTablet(profile, server.url);
  await server.stop();

  const timings: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await profile.launch();
    try {
      // No named inner functions here: tsx would wrap them in a helper the page does not have.
      await context.addInitScript(() => {
        const observer = new MutationObserver(() => {
          // Save sits in the desk's action bar, tied to the form by its id.
          const form = document.querySelector('form:has(input[type="radio"])');
          const save = form?.id
            ? document.querySelector<HTMLButtonElement>(`button[form="${form.id}"]`)
            : null;
          if (!save || save.disabled) return;
          (window as unknown as { interactiveAt: number }).interactiveAt = performance.now();
          observer.disconnect();
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true });
      });
      const page = await firstPage(context);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${server.url}/?lang=en`);
      const interactiveAt = await page.waitForFunction(
        () => (window as unknown as { interactiveAt?: number }).interactiveAt,
        undefined,
        { timeout: 60_000 },
      );
      timings.push((await interactiveAt.jsonValue()) as number);
    } finally {
      await context.close();
    }
  }
  console.log(`  runs (ms): ${timings.map(Math.round).join(' ')}`);
  recordResults(
    { 'tablet.offlineColdStartMsP50': round1(percentile(timings, 50)) },
    { 'tablet.offlineColdStartMsP50': timings },
  );
} finally {
  await dispose();
}
