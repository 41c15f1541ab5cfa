import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, error as webDriverError, type WebDriver, type WebElement } from 'selenium-webdriver';
import type { TabletPage } from './tablet-page';

/**
 * WebKit, the engine Safari is built on, through Debian's WebKitGTK: `WebKitWebDriver` (package
 * webkit2gtk-driver) is a W3C WebDriver that drives `MiniBrowser` on an X display, here Xvfb.
 * selenium-webdriver speaks to it. MiniBrowser in automation mode keeps its data only for the
 * session: a new session is a fresh tablet, and a cold start is a reload within one session.
 */
export const webKitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const xvfbPath = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';

const missing = () =>
  [webKitDriverPath, miniBrowserPath, xvfbPath].filter((path) => !existsSync(path)).join(', ');

/** Why the WebKit tests cannot run here, or undefined when they can. */
export function webKitUnavailable(): string | undefined {
  const absent = missing();
  return absent
    ? `not found: ${absent} (install Debian's webkit2gtk-driver and xvfb, as .ci/run does)`
    : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function ended(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((done) => child.once('exit', () => done()));
}

/** An X display of its own (Xvfb picks a free number and tells it on fd 3). */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const child = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1024x768x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${errors}`)));
  });
  return { display, process: child };
}

/** Xvfb and WebKitWebDriver, listening until stop(); one per test file. */
export async function startWebKitDriver(): Promise<{ url: string; stop: () => Promise<void> }> {
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(webKitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: xvfb.display },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  driver.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    driver.kill('SIGTERM');
    xvfb.process.kill('SIGTERM');
    await Promise.all([ended(driver), ended(xvfb.process)]);
  };
  for (let tries = 0; ; tries += 1) {
    const ready = await fetch(`${url}/status`)
      .then((r) => r.json() as Promise<{ value: { ready: boolean } }>)
      .then((body) => body.value.ready)
      .catch(() => false);
    if (ready) return { url, stop };
    if (tries > 100 || driver.exitCode !== null) {
      await stop();
      throw new Error(`WebKitWebDriver did not start: ${errors}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A new MiniBrowser window with its own empty storage: a fresh tablet. */
export async function openWebKitSession(driverUrl: string): Promise<WebDriver> {
  const driver = await new Builder()
    .usingServer(driverUrl)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: miniBrowserPath,
        args: ['--automation', ...(process.env.MINIBROWSER_ARGS?.split(' ').filter(Boolean) ?? [])],
      },
    })
    .build();
  await driver.manage().window().setRect({ width: 1024, height: 768 });
  return driver;
}

// Runs in the page: an element's accessible name as a user reads it (a subset of accname that
// covers this app: aria-labelledby, aria-label, <label>, <legend>, text).
const findScript = `
  const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  // Text as a screen reader gets it: without what is aria-hidden (the "(required)" marks).
  const textOf = (node) => {
    if (!node) return '';
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE || node.getAttribute('aria-hidden') === 'true') return '';
    return [...node.childNodes].map(textOf).join('');
  };
  const nameOf = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return norm(by.split(' ').map((id) => textOf(document.getElementById(id))).join(' '));
    if (el.getAttribute('aria-label')) return norm(el.getAttribute('aria-label'));
    if (el.labels && el.labels.length) return norm([...el.labels].map(textOf).join(' '));
    if (el.tagName === 'FIELDSET') return norm(textOf(el.querySelector('legend')));
    return norm(textOf(el));
  };
  const visible = (el) => el.getClientRects().length > 0;
  const [kind, name, groupName] = arguments;
  let scope = document;
  if (groupName) {
    scope = [...document.querySelectorAll('fieldset, [role=group], [role=radiogroup]')].find((g) => nameOf(g) === groupName);
    if (!scope) return null;
  }
  const selector = {
    field: 'input, select, textarea',
    button: 'button, a[href], [role=button]',
    region: 'section, [role=region]',
  }[kind];
  return [...scope.querySelectorAll(selector)].find((el) => nameOf(el) === name && (kind === 'region' || visible(el))) ?? null;
`;

/** A WebDriver session on WebKit as a TabletPage. */
export function webKitTablet(driver: WebDriver): TabletPage {
  const find = async (kind: 'field' | 'button' | 'region', name: string, group?: string) => {
    let found: WebElement | null = null;
    await driver.wait(
      async () => (found = (await driver.executeScript(findScript, kind, name, group)) as WebElement | null),
      10_000,
      `no ${kind} named "${name}"${group ? ` in group "${group}"` : ''}`,
    );
    return found!;
  };
  const click = async (element: WebElement): Promise<void> => {
    try {
      await element.click();
    } catch (caught) {
      const isCovered =
        caught instanceof webDriverError.ElementClickInterceptedError ||
        caught instanceof webDriverError.ElementNotInteractableError;
      if (!isCovered) throw caught;
      // Covered (a chip's input under its styled label, or a fixed notice at the foot of the
      // screen): the click event itself, which is what the app handles.
      await driver.executeScript(
        'arguments[0].scrollIntoView({ block: "center" }); arguments[0].click()',
        element,
      );
    }
  };
  return {
    engine: 'WebKit',
    goto: (url) => driver.get(url),
    reload: () => driver.navigate().refresh(),
    fill: async (label, value) => {
      const field = await find('field', label);
      await field.clear();
      await field.sendKeys(value);
    },
    press: async (name) => click(await find('button', name)),
    check: async (group, label) => {
      const box = await find('field', label, group);
      // Checked afterwards: a click the driver reports as intercepted may have landed all the same.
      for (let tries = 0; tries < 3 && !(await box.isSelected()); tries += 1) await click(box);
    },
    isChecked: async (group, label) => (await find('field', label, group)).isSelected(),
    waitForText: async (text, timeout = 10_000) => {
      await driver.wait(
        async () =>
          Boolean(await driver.executeScript('return document.body.innerText.includes(arguments[0])', text)),
        timeout,
        `the page never showed "${text}"`,
      );
    },
    listItems: async (region) => {
      const section = await find('region', region);
      return (await driver.executeScript(
        'return [...arguments[0].querySelectorAll("li")].map((li) => li.textContent)',
        section,
      )) as string[];
    },
    evaluate: async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      (await driver.executeScript(`return (${fn.toString()})(arguments[0]);`, arg)) as R,
    url: () => driver.getCurrentUrl(),
  };
}
