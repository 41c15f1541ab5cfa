import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPwa } from '../test/support/build-pwa';
import { firstPage, openProfile, type Profile } from '../test/support/chromium';
import { startServer } from '../test/support/server-process';
import { waitForOfflineReady } from '../test/e2e/desk-browser';

/**
 * The production build (or, with `config`, another page built by its own Vite config) served by
 * the real server, and a fresh browser profile; `dispose` removes all three. The build goes to a
 * private directory (served with NEUVO_STATIC_DIR) so a rebuild of dist by something else cannot
 * disturb the measurement.
 */
export async function startTabletRig(config?: string) {
  const app = mkdtempSync(join(tmpdir(), 'neuvo-bench-app-'));
  buildPwa(app, config);
  const server = await startServer({ env: { NEUVO_STATIC_DIR: app } });
  const profile = await openProfile();
  return {
    app,
    server,
    profile,
    async dispose(): Promise<void> {
      await server.stop();
      server.dispose();
      profile.dispose();
      rmSync(app, { recursive: true, force: true });
    },
  };
}

/** The stack-floor page (bench/stack-floor) in a rig, loaded once online so its service worker has precached it. */
export async function startStackFloorRig() {
  const rig = await startTabletRig(join(import.meta.dirname, 'stack-floor/vite.config.ts'));
  const context = await rig.profile.launch();
  try {
    const page = await firstPage(context);
    await page.goto(rig.server.url);
    await waitForOfflineReady(page);
  } finally {
    await context.close();
  }
  return rig;
}

/**
 * Start the browser afresh on `profile`, throttle its CPU 4x, open `url` and return the page's own
 * clock (from navigation start) at the DOM change that shows a form with a radio and its enabled
 * Save button (tied to the form by its id). Browser start-up itself is not counted. The page says
 * when on the console: waiting with page.waitForFunction would inject Playwright's own script,
 * about 100 ms of work at 4x, into the middle of the start being timed.
 */
export async function timeColdStart(profile: Profile, url: string): Promise<number> {
  const context = await profile.launch();
  try {
    // No named inner functions here: tsx would wrap them in a helper the page does not have.
    await context.addInitScript(() => {
      const observer = new MutationObserver(() => {
        const form = document.querySelector('form:has(input[type="radio"])');
        const save = form?.id ? document.querySelector<HTMLButtonElement>(`button[form="${form.id}"]`) : null;
        if (!save || save.disabled) return;
        console.info(`interactive-at ${performance.now()}`);
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    });
    const page = await firstPage(context);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const interactive = page.waitForEvent('console', {
      predicate: (message) => message.text().startsWith('interactive-at '),
      timeout: 60_000,
    });
    await page.goto(url);
    return Number((await interactive).text().split(' ')[1]);
  } finally {
    await context.close();
  }
}

/** A percentile by the nearest-rank method (50 = median). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round1 = (value: number) => Math.round(value * 10) / 10;
