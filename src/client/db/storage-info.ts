/** What the browser says about this tablet's storage; null where it says nothing (older browsers). */
export interface StorageInfo {
  isPersisted: boolean | null;
  /** Whether the browser has `navigator.storage.persist` (WebKitGTK and Safari before 17 do not). */
  canAskPersistence: boolean;
  usage: number | null;
  quota: number | null;
}

/**
 * What this browser promises for the visits kept on it: `persisted` (never cleared for space),
 * `not-persisted` (may be cleared when space runs low; asking may help), `home-screen` (Safari
 * clears the data of a site not on the Home Screen after seven days without use), `unknown`.
 */
export type StorageOffer = 'persisted' | 'not-persisted' | 'home-screen' | 'unknown';

/** How the app was opened: from the Home Screen (standalone) or in a browser tab. */
export interface DisplayInfo {
  isStandalone: boolean;
  /** Safari on iPadOS and iOS: the only browsers with `navigator.standalone`. */
  isSafariLike: boolean;
}

type StorageApi = Partial<Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>> | undefined;

const api = (): StorageApi => (typeof navigator === 'undefined' ? undefined : navigator.storage);

/** A call into a browser API that may be missing, refuse, or throw before returning a promise. */
async function attempt<T>(call: (() => Promise<T>) | undefined): Promise<T | null> {
  try {
    return call ? await call() : null;
  } catch {
    return null;
  }
}

/** Read whether storage is persistent and how much is used; never throws. */
export async function readStorageInfo(storage: StorageApi = api()): Promise<StorageInfo> {
  const isPersisted = await attempt(storage?.persisted && (() => storage.persisted!()));
  const estimate = await attempt(storage?.estimate && (() => storage.estimate!()));
  return {
    isPersisted,
    canAskPersistence: typeof storage?.persist === 'function',
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
  };
}

/** Whether the app runs from the Home Screen, and whether this is Safari; never throws. */
export function readDisplayInfo(
  win: Window | undefined = typeof window === 'undefined' ? undefined : window,
) {
  const nav = win?.navigator as (Navigator & { standalone?: boolean }) | undefined;
  const isStandalone =
    nav?.standalone === true ||
    (typeof win?.matchMedia === 'function' && win.matchMedia('(display-mode: standalone)').matches);
  return { isStandalone, isSafariLike: nav !== undefined && 'standalone' in nav } satisfies DisplayInfo;
}

/** What the browser offers for the visits kept here (see StorageOffer). */
export function storageOffer(info: StorageInfo, display: DisplayInfo): StorageOffer {
  if (info.isPersisted === true) return 'persisted';
  // Without persist(), or on Safari in a tab, only the Home Screen keeps data from the 7-day clearing.
  if (!display.isStandalone && (!info.canAskPersistence || display.isSafariLike)) return 'home-screen';
  if (info.isPersisted === false) return 'not-persisted';
  return 'unknown';
}

const changeListeners = new Set<() => void>();

/** Hear when persistence may have changed (after a request), to read it again. */
export function onStorageChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** Ask the browser to keep this site's data (it may refuse); null when the API is missing. */
export async function askPersistence(storage: StorageApi = api()): Promise<boolean | null> {
  const granted = await attempt(storage?.persist && (() => storage.persist!()));
  changeListeners.forEach((listener) => listener());
  return granted;
}

/**
 * Ask for persistent storage unless it is already granted: Chromium grants it silently to an app
 * in use, and unsent visits must not be cleared when space runs low.
 */
export async function persistIfNeeded(storage: StorageApi = api()): Promise<void> {
  if ((await readStorageInfo(storage)).isPersisted === false) await askPersistence(storage);
}
