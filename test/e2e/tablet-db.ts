import type { Page } from 'playwright-core';
import { referenceCatalogue } from '../../src/domain/catalogue';
import { newVisitId } from '../../src/domain/visit-id';

/**
 * Write `count` pending visits straight into the tablet's IndexedDB ('neuvo', as Dexie keeps
 * it), the same rows the desk's save writes: rev 1, sentRev 0, isPending 1.
 */
export async function seedPendingVisits(page: Page, count: number, pointId: string, visitDate: string): Promise<string[]> {
  return page.evaluate(
    async ({ ids, count, pointId, visitDate, catalogueVersion }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('neuvo');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('visits', 'readwrite');
        const store = tx.objectStore('visits');
        for (let i = 0; i < count; i += 1) {
          store.put({
            id: ids[i],
            rev: 1,
            pointId,
            visitDate,
            recordedAt: new Date(Date.now() - (count - i) * 1000).toISOString().replace('Z', '+00:00'),
            catalogueVersion,
            ageGroup: i % 2 === 0 ? 'older' : 'working-age',
            sector: i % 3 === 0 ? 'social' : 'health',
            topics: i % 3 === 0 ? ['social.income'] : ['health.prescription'],
            referrals: [],
            deleted: false,
            sentRev: 0,
            isPending: 1,
          });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return ids;
    },
    { ids: Array.from({ length: count }, () => newVisitId()), count, pointId, visitDate, catalogueVersion: referenceCatalogue.version },
  );
}

/** How many visits the tablet still has pending. */
export function countPendingInPage(page: Page): Promise<number> {
  return page.evaluate(async () => {
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
  });
}
