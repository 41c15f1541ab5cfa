import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProfile } from '../support/chromium';
import { startServer, type RunningServer } from '../support/server-process';
import {
  deployedCopy,
  enrolTablet,
  logVisit,
  visitItems,
  waitForOfflineReady,
  type TappedVisit,
} from './desk-browser';

const visits: TappedVisit[] = [
  {
    ageGroup: 'Working age 18–64',
    sector: 'Social care',
    topics: ['Housing'],
    referrals: ['Resolved at the advice point'],
  },
  {
    ageGroup: 'Older people 65+',
    sector: 'Health care',
    topics: ['Appointment booking'],
    referrals: ['Nurse follow-up'],
  },
  { ageGroup: 'Families with children', sector: 'Both', referrals: ['Kela (social insurance)'] },
];

describe('the desk with no network at all', () => {
  let server: RunningServer;
  let profile: Awaited<ReturnType<typeof openProfile>>;
  let app: string;

  beforeAll(async () => {
    app = deployedCopy();
    server = await startServer({ env: { NEUVO_STATIC_DIR: app } });
    profile = await openProfile();
  });
  afterAll(async () => {
    await server?.stop();
    server?.dispose();
    profile?.dispose();
    if (app) rmSync(app, { recursive: true, force: true });
  });

  it('cold-starts with the server gone, logs three visits, and still lists them after a reload', async () => {
    const online = await profile.launch();
    try {
      const page = online.pages()[0] ?? (await online.newPage());
      await enrolTablet(page, server.url);
      await waitForOfflineReady(page);
    } finally {
      await online.close();
    }
    // No server at all, not just an offline flag: whatever loads now comes from the tablet.
    await server.stop();

    const offline = await profile.launch();
    try {
      const page = offline.pages()[0] ?? (await offline.newPage());
      await page.goto(`${server.url}/?lang=en`);
      for (const visit of visits) await logVisit(page, visit);

      await page.reload();
      await expect.poll(() => visitItems(page).count()).toBe(3);
      const listed = await visitItems(page).allTextContents();
      for (const visit of visits) {
        expect(
          listed.some(
            (text) =>
              text.includes(visit.ageGroup) &&
              text.includes(visit.sector) &&
              text.includes(visit.referrals![0]!),
          ),
        ).toBe(true);
      }
    } finally {
      await offline.close();
    }
  });
});
