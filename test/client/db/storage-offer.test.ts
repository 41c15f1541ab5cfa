import { describe, expect, it } from 'vitest';
import { readStorageInfo, storageOffer, type StorageInfo } from '../../../src/client/db/storage-info';
import { readBrowserSupport } from '../../../src/client/pwa/browser-support';

const inTab = { isStandalone: false, isSafariLike: false };
const safariTab = { isStandalone: false, isSafariLike: true };
const safariHomeScreen = { isStandalone: true, isSafariLike: true };

const info = (isPersisted: boolean | null, canAskPersistence: boolean): StorageInfo => ({
  isPersisted,
  canAskPersistence,
  usage: null,
  quota: null,
});

describe('what a browser offers for the visits kept on it', () => {
  it('says persisted only when the browser says so', () => {
    expect(storageOffer(info(true, true), inTab)).toBe('persisted');
    expect(storageOffer(info(false, true), inTab)).toBe('not-persisted');
  });

  it('asks for the Home Screen where persist() is missing (WebKitGTK, Safari before 17) or in a Safari tab', () => {
    expect(storageOffer(info(null, false), inTab)).toBe('home-screen');
    expect(storageOffer(info(false, true), safariTab)).toBe('home-screen');
  });

  it('does not ask for the Home Screen once the app runs from it', () => {
    expect(storageOffer(info(null, false), safariHomeScreen)).toBe('unknown');
    expect(storageOffer(info(false, true), safariHomeScreen)).toBe('not-persisted');
  });

  it('reads a storage manager that throws or is missing without throwing', async () => {
    const throwing = {
      persisted: () => {
        throw new Error('SecurityError');
      },
      estimate: () => Promise.reject(new Error('no')),
    };
    await expect(readStorageInfo(throwing)).resolves.toEqual(info(null, false));
    await expect(readStorageInfo(undefined)).resolves.toEqual(info(null, false));
  });

  it('reads service workers and Web Locks as missing where the browser has none, without throwing', () => {
    const bare = {} as Navigator;
    expect(readBrowserSupport(bare)).toEqual({ hasServiceWorker: false, hasWebLocks: false });
    const insecure = Object.defineProperty({}, 'serviceWorker', {
      get: () => {
        throw new Error('SecurityError');
      },
    }) as Navigator;
    expect(readBrowserSupport(insecure).hasServiceWorker).toBe(false);
    const full = { serviceWorker: {}, locks: {} } as unknown as Navigator;
    expect(readBrowserSupport(full)).toEqual({ hasServiceWorker: true, hasWebLocks: true });
  });
});
