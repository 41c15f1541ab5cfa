import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as settings from '../../../src/client/db/settings';
import { logVisit } from '../../../src/client/db/visits';
import { referenceCatalogue } from '../../../src/domain/catalogue';
import { enrol, freshTablet, POINT, renderDesk, statusSays, storedVisits } from './desk-harness';

// The blank form after Save waits for the own desk sector; this gate holds that read open.
let releaseDeskSector: (() => void) | null = null;
let lastDeskSectorRead: Promise<unknown> = Promise.resolve();
vi.mock('../../../src/client/db/settings', async (importOriginal) => {
  const original = await importOriginal<typeof settings>();
  return {
    ...original,
    getSetting: (async (key) => {
      if (key !== 'deskSector') return original.getSetting(key);
      if (releaseDeskSector === null) await new Promise<void>((resolve) => (releaseDeskSector = resolve));
      const read = original.getSetting(key);
      lastDeskSectorRead = read;
      return read;
    }) as typeof original.getSetting,
  };
});

describe('Edit tapped while the blank form after Save is still being made', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await freshTablet();
    await enrol();
    releaseDeskSector = () => undefined; // the first form opens at once
  });
  afterEach(() => vi.useRealTimers());

  it('keeps the visit being edited, so its Save corrects it instead of logging a new visit', async () => {
    const earlier = await logVisit(
      {
        visitDate: '2026-03-02',
        ageGroup: 'older',
        sector: 'health',
        topics: ['health.prescription'],
        referrals: [],
      },
      { pointId: POINT, catalogue: referenceCatalogue, now: new Date('2026-03-02T07:05:00Z') },
    );
    const { user } = await renderDesk();
    releaseDeskSector = null; // hold the next read of the desk sector
    await user.click(screen.getByRole('radio', { name: 'Working age 18–64' }));
    await user.click(screen.getByRole('radio', { name: 'Social care' }));
    await user.click(screen.getByRole('checkbox', { name: 'Income and finances' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await statusSays('Saved');
    await waitFor(() => expect(releaseDeskSector).not.toBeNull());
    const heldRead = lastDeskSectorRead;

    const list = screen.getByRole('region', { name: 'Visits' });
    const earlierItem = (await within(list).findAllByRole('listitem')).find((item) =>
      item.textContent?.includes('Older people 65+'),
    )!;
    await user.click(within(earlierItem).getByRole('button', { name: 'Edit' }));
    expect(screen.getByRole('heading', { name: 'Edit visit' })).toBeInTheDocument();
    // The blank form is made now, but the edit started after Save and stays.
    await act(async () => {
      releaseDeskSector!();
      await waitFor(() => expect(lastDeskSectorRead).not.toBe(heldRead));
      await lastDeskSectorRead;
    });
    expect(screen.getByRole('heading', { name: 'Edit visit' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Families with children' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await storedVisits()).find((v) => v.id === earlier.id)?.rev).toBe(2));
    const visits = await storedVisits();
    expect(visits).toHaveLength(2);
    expect(visits.find((v) => v.id === earlier.id)).toMatchObject({ ageGroup: 'families', rev: 2 });
  });
});
