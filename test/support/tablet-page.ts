import type { Page } from 'playwright-core';

/**
 * What the core flows do with a page, the same in every engine: Playwright drives Chromium (see
 * chromium.ts), W3C WebDriver drives WebKit (see webkit.ts). Names are accessible names, matched
 * exactly, as a user reads them on the screen.
 */
export interface TabletPage {
  readonly engine: 'Chromium' | 'WebKit';
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Type into the field labelled `label`, replacing what it held. */
  fill(label: string, value: string): Promise<void>;
  /** Press the button (or link) with this name; the first of several. */
  press(name: string): Promise<void>;
  /** Tick the checkbox or radio labelled `label` in the group named `group`. */
  check(group: string, label: string): Promise<void>;
  isChecked(group: string, label: string): Promise<boolean>;
  /** Wait until the page shows `text` (a substring of some element's text). */
  waitForText(text: string, timeoutMs?: number): Promise<void>;
  /** The text of each list item in the region named `region`. */
  listItems(region: string): Promise<string[]>;
  /** Run `fn(arg)` in the page and return its (awaited, JSON-like) result. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** The address the page shows now. */
  url(): Promise<string>;
}

/** A Playwright page (Chromium) as a TabletPage. */
export function chromiumTablet(page: Page): TabletPage {
  // A required question is a radio group, the others groups.
  const inGroup = (group: string, label: string) =>
    page
      .getByRole('radiogroup', { name: group, exact: true })
      .or(page.getByRole('group', { name: group, exact: true }))
      .getByLabel(label, { exact: true });
  return {
    engine: 'Chromium',
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    fill: (label, value) => page.getByLabel(label, { exact: true }).fill(value),
    press: (name) =>
      page
        .getByRole('button', { name, exact: true })
        .or(page.getByRole('link', { name, exact: true }))
        .first()
        .click(),
    check: (group, label) => inGroup(group, label).check(),
    isChecked: (group, label) => inGroup(group, label).isChecked(),
    waitForText: (text, timeout) => page.getByText(text).first().waitFor({ timeout }),
    listItems: (region) => page.getByRole('region', { name: region }).getByRole('listitem').allTextContents(),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R, arg),
    url: async () => page.url(),
  };
}

/** A TabletPage as it is, or a Playwright page made into one: the helpers take either. */
export function asTablet(page: Page | TabletPage): TabletPage {
  return 'engine' in page ? page : chromiumTablet(page);
}
