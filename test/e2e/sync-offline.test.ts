import { describe, expect, it } from 'vitest';
import { helsinkiDate } from '../../src/domain/helsinki-date';
import { openSqliteStore } from '../../src/server/store/sqlite';
import { firstPage } from '../support/chromium';
import { browserSuite } from './browser-suite';
import { enrolWithCode } from './desk-browser';
import { signInAsAdmin } from '../support/http-admin';
import { countPendingInPage, seedPendingVisits } from './tablet-db';

describe('a tablet enrolled in the browser', () => {
  const suite = browserSuite();

  it('enrols with a code, logs visits offline, and the server counts each exactly once after it comes online', async () => {
    const admin = await signInAsAdmin(suite.server.url);
    const code = await admin.pointWithCode('hyvinkaa', 'Hyvinkää');
    const context = await suite.profile.launch();
    try {
      const page = await firstPage(context);
      await enrolWithCode(page, suite.server.url, code, 'Front desk 1');
      await page.getByText('Nothing waiting to be sent').waitFor();

      await context.setOffline(true);
      const today = helsinkiDate(new Date());
      const ids = await seedPendingVisits(page, 3, 'hyvinkaa', today);
      expect(await countPendingInPage(page)).toBe(3);

      // The 'online' event is what starts the sync: no button pressed. The first request after a
      // network change may still fail in Chromium; the engine's backoff (≤ 5 s, then ≤ 10 s) retries it.
      await context.setOffline(false);
      await expect.poll(() => countPendingInPage(page), { timeout: 45_000 }).toBe(0);
      await page.getByText('Nothing waiting to be sent').waitFor();

      // What the server holds, read from its own SQLite file: each visit once, at its rev.
      const store = await openSqliteStore({ dataDir: suite.server.dataDir });
      try {
        expect(await store.countStoredVisits()).toBe(3);
        expect((await store.listVisits(['hyvinkaa'])).map((v) => [v.id, v.rev]).sort()).toEqual(
          ids.map((id) => [id, 1]).sort(),
        );
      } finally {
        await store.close();
      }
      const { devices } = (await admin.call('/api/v1/devices')) as {
        devices: { label: string; lastSyncAt: string | null }[];
      };
      expect(devices).toEqual([
        expect.objectContaining({ label: 'Front desk 1', lastSyncAt: expect.any(String) }),
      ]);
    } finally {
      await context.close();
    }
  });
});
