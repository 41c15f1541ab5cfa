import { rmSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import type { WebDriver } from 'selenium-webdriver';
import { afterAll, beforeAll, beforeEach, onTestFinished } from 'vitest';
import { builtApp } from '../support/built-app';
import { firstPage, openProfile } from '../support/chromium';
import { startServer, type RunningServer } from '../support/server-process';
import { chromiumTablet, type TabletPage } from '../support/tablet-page';
import { openWebKitSession, startWebKitDriver, webKitTablet, webKitUnavailable } from '../support/webkit';
import { deployedCopy } from './desk-browser';

export type EngineName = 'Chromium' | 'WebKit';

/** The engines the core flows run in. */
export const engineNames: EngineName[] = ['Chromium', 'WebKit'];

/** One browser as one tablet: its page, and a way to start it again on the same storage. */
export interface TabletBrowser {
  page: TabletPage;
  /**
   * Start the app again from nothing in memory, on the same storage, at `url`. Chromium: the
   * browser process ends and starts again on its profile. WebKit: MiniBrowser keeps data only for
   * its WebDriver session, so a new window of the same session loads the app instead.
   */
  coldStart(url: string): Promise<TabletPage>;
  close(): Promise<void>;
}

/**
 * A real server on a private copy of the app, and fresh tablets in `engine`, for one describe
 * block. `restartServer()` starts the server again on the same port and database after a stop.
 */
export function engineSuite(engine: EngineName) {
  let app: string;
  let webKitDriver: Awaited<ReturnType<typeof startWebKitDriver>> | undefined;
  const suite = {
    server: undefined as unknown as RunningServer,
    async restartServer(): Promise<void> {
      const port = Number(new URL(suite.server.url).port);
      suite.server = await startServer({
        port,
        dataDir: suite.server.dataDir,
        env: { NEUVO_STATIC_DIR: app },
      });
    },
    /** A fresh tablet (empty storage), closed when the test ends (WebKitWebDriver runs one session at a time). */
    async open(): Promise<TabletBrowser> {
      const browser = engine === 'Chromium' ? await openChromium() : await openWebKit(webKitDriver!.url);
      onTestFinished(() => browser.close());
      return browser;
    },
  };
  beforeAll(async () => {
    if (engine === 'WebKit') {
      const why = webKitUnavailable();
      if (why) throw new Error(`WebKit tests cannot run: ${why}`);
      webKitDriver = await startWebKitDriver();
    }
    app = deployedCopy(builtApp());
    suite.server = await startServer({ env: { NEUVO_STATIC_DIR: app } });
  });
  // A test that failed with the server stopped leaves it stopped; the next one needs it.
  beforeEach(async () => {
    const { process: child } = suite.server;
    if (child.exitCode !== null || child.signalCode !== null) await suite.restartServer();
  });
  afterAll(async () => {
    await suite.server?.stop();
    suite.server?.dispose();
    await webKitDriver?.stop();
    if (app) rmSync(app, { recursive: true, force: true });
  });
  return suite;
}

async function openChromium(): Promise<TabletBrowser> {
  const profile = await openProfile();
  let context: BrowserContext | undefined = await profile.launch();
  const browser: TabletBrowser = {
    page: chromiumTablet(await firstPage(context)),
    async coldStart(url) {
      await context!.close();
      context = await profile.launch();
      browser.page = chromiumTablet(await firstPage(context));
      await browser.page.goto(url);
      return browser.page;
    },
    async close() {
      await context?.close();
      context = undefined;
      profile.dispose();
    },
  };
  return browser;
}

async function openWebKit(driverUrl: string): Promise<TabletBrowser> {
  let driver: WebDriver | undefined = await openWebKitSession(driverUrl);
  const browser: TabletBrowser = {
    page: webKitTablet(driver),
    async coldStart(url) {
      const old = await driver!.getWindowHandle();
      await driver!.switchTo().newWindow('window');
      const fresh = await driver!.getWindowHandle();
      await driver!.switchTo().window(old);
      await driver!.close();
      await driver!.switchTo().window(fresh);
      await browser.page.goto(url);
      return browser.page;
    },
    async close() {
      await driver?.quit();
      driver = undefined;
    },
  };
  return browser;
}
