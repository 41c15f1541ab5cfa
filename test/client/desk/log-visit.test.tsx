import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setSetting } from '../../../src/client/db/settings';
import {
  enrol,
  freshTablet,
  POINT,
  renderDesk,
  savedAndNextFormShown,
  statusSays,
  storedVisits,
} from './desk-harness';

// Many taps per test in jsdom: a loaded 2-core machine needs more than the default 5 s.
describe('Logging a visit at the desk', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await freshTablet();
    await enrol();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('saves the visit with four taps and Save: rev 1, pending, dated today in Helsinki', async () => {
    // 23:30 UTC on 1 March is already 2 March in Helsinki.
    vi.setSystemTime(new Date('2026-03-01T23:30:00Z'));
    const { user } = await renderDesk();
    await user.click(screen.getByRole('radio', { name: 'Older people 65+' }));
    await user.click(screen.getByRole('radio', { name: 'Health care' }));
    await user.click(screen.getByRole('checkbox', { name: 'Prescription renewal' }));
    await user.click(within(screen.getByRole('group', { name: 'Referrals' })).getAllByRole('checkbox')[0]!);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await statusSays('Saved');
    const [row, ...others] = await storedVisits();
    expect(others).toHaveLength(0);
    expect(row).toMatchObject({
      rev: 1,
      isPending: 1,
      sentRev: 0,
      deleted: false,
      pointId: POINT,
      visitDate: '2026-03-02',
      ageGroup: 'older',
      sector: 'health',
      topics: ['health.prescription'],
    });
    expect(row!.referrals).toHaveLength(1);
    expect(row!.recordedAt).toBe('2026-03-02T01:30:00.000+02:00');
  });

  it('starts the next visit blank, with only the own desk sector pre-selected', async () => {
    await setSetting('deskSector', 'social');
    const { user } = await renderDesk();
    expect(screen.getByRole('radio', { name: 'Social care' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Families with children' }));
    await user.click(screen.getByRole('checkbox', { name: 'Housing' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await statusSays('Saved');

    await waitFor(() =>
      expect(screen.getByRole('radio', { name: 'Families with children' })).not.toBeChecked(),
    );
    expect(screen.getByRole('heading', { name: 'Log a visit' })).toHaveFocus();
    expect(screen.getByRole('checkbox', { name: 'Housing' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Social care' })).toBeChecked();
    expect(await storedVisits()).toHaveLength(1);
  });

  it('dates the first visit of the morning on the new day when the tablet was left open overnight', async () => {
    vi.setSystemTime(new Date('2026-03-02T20:00:00Z'));
    const { user } = await renderDesk();
    expect(screen.getByLabelText('Visit date')).toHaveValue('2026-03-02');
    vi.setSystemTime(new Date('2026-03-03T06:00:00Z'));
    act(() => document.dispatchEvent(new Event('visibilitychange')));
    await waitFor(() => expect(screen.getByLabelText('Visit date')).toHaveValue('2026-03-03'));
    expect(screen.getByLabelText('Day shown')).toHaveValue('2026-03-03');
    await user.click(screen.getByRole('radio', { name: 'Older people 65+' }));
    await user.click(screen.getByRole('radio', { name: 'Health care' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await statusSays('Saved');
    expect(await storedVisits()).toMatchObject([{ visitDate: '2026-03-03' }]);
    // The day's list is a live query: it shows the saved visit a moment after "Saved".
    expect(
      await within(screen.getByRole('region', { name: 'Visits' })).findAllByRole('listitem'),
    ).toHaveLength(1);
  });

  it('asks once for persistent storage after the first visit is saved', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal(
      'navigator',
      Object.assign(Object.create(navigator) as Navigator, {
        storage: { persisted: async () => false, persist },
      }),
    );
    const { user } = await renderDesk();
    for (const age of ['Older people 65+', 'Families with children']) {
      await user.click(screen.getByRole('radio', { name: age }));
      await user.click(screen.getByRole('radio', { name: 'Health care' }));
      await user.click(screen.getByRole('button', { name: 'Save' }));
      await savedAndNextFormShown();
    }
    await waitFor(() => expect(persist).toHaveBeenCalledOnce());
    expect(await storedVisits()).toHaveLength(2);
  });
});
