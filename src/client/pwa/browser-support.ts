/**
 * What this browser has of what the app uses offline; each false leads to a notice. (Storage
 * persistence has its own notice: db/storage-info.)
 */
export interface BrowserSupport {
  /** Without it the app cannot open with no network (nothing is cached). */
  hasServiceWorker: boolean;
  /** Without it two tabs may send at once: still correct, but one tab is the way to use it. */
  hasWebLocks: boolean;
}

/** Feature tests only: reading a property never throws, even in an insecure context. */
export function readBrowserSupport(
  nav: Navigator | undefined = typeof navigator === 'undefined' ? undefined : navigator,
): BrowserSupport {
  const has = (name: 'serviceWorker' | 'locks') => {
    try {
      return nav !== undefined && name in nav && Boolean(nav[name]);
    } catch {
      return false;
    }
  };
  return { hasServiceWorker: has('serviceWorker'), hasWebLocks: has('locks') };
}
