import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Flags that let Debian's Chromium run headless on this closed network. */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * A persistent browser profile, so a test can close the browser and open it again on the same
 * IndexedDB and service worker (a real cold start). `close()` ends the browser, keeping the profile;
 * `dispose()` deletes it.
 */
export async function openProfile(userDataDir = mkdtempSync(join(tmpdir(), 'neuvo-chromium-'))) {
  const launch = (): Promise<BrowserContext> =>
    chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      args: chromiumArgs,
      ignoreDefaultArgs: ['--headless'],
      viewport: { width: 1024, height: 768 },
    });
  return {
    userDataDir,
    launch,
    dispose: () => rmSync(userDataDir, { recursive: true, force: true }),
  };
}

export type Profile = Awaited<ReturnType<typeof openProfile>>;

/** The page a persistent context opens with (or a new one). */
export async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}
