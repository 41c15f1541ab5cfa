import type { Page } from 'playwright-core';
import { asTablet, type TabletPage } from '../support/tablet-page';
import { referenceCatalogue } from '../../src/domain/catalogue';
import { newVisitId } from '../../src/domain/visit-id';
import { pendingRow } from '../../src/client/db/pending-row';

/** Put `rows` into one store of the tablet's IndexedDB ('neuvo', as Dexie keeps it), in one transaction. */
export function putInTabletDb(page: Page | TabletPage, storeName: string, rows: object[]): Promise<void> {
  return asTablet(page).evaluate(
    async ({ storeName, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('neuvo');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(storeName, 'readwrite');
        const store = tx.objectStore(storeName);
        for (const row of rows) store.put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { storeName, rows },
  );
}

/** Write `count` pending visits, the same rows the desk's save writes (pendingRow: rev 1, never sent). */
export async function seedPendingVisits(
  page: Page | TabletPage,
  count: number,
  pointId: string,
  visitDate: string,
): Promise<string[]> {
  const ids = Array.from({ length: count }, () => newVisitId());
  await putInTabletDb(
    page,
    'visits',
    ids.map((id, i) =>
      pendingRow({
        id,
        rev: 1,
        pointId,
        visitDate,
        recordedAt: new Date(Date.now() - (count - i) * 1000).toISOString().replace('Z', '+00:00'),
        catalogueVersion: referenceCatalogue.version,
        ageGroup: i % 2 === 0 ? 'older' : 'working-age',
        sector: i % 3 === 0 ? 'social' : 'health',
        topics: i % 3 === 0 ? ['social.income'] : ['health.prescription'],
        referrals: [],
        deleted: false,
      }),
    ),
  );
  return ids;
}

/** How many visits the tablet still has pending. */
export function countPendingInPage(page: Page | TabletPage): Promise<number> {
  return asTablet(page).evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('neuvo');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = await new Promise<number>((resolve, reject) => {
      const request = db.transaction('visits').objectStore('visits').index('isPending').count(1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return count;
  }, null);
}

/** Every row of one store of the tablet's IndexedDB. */
export function rowsInTabletDb<T = Record<string, unknown>>(
  page: Page | TabletPage,
  storeName: string,
): Promise<T[]> {
  return asTablet(page).evaluate(async (storeName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('neuvo');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<T[]>((resolve, reject) => {
      const request = db.transaction(storeName).objectStore(storeName).getAll();
      request.onsuccess = () => resolve(request.result as T[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows;
  }, storeName);
}
