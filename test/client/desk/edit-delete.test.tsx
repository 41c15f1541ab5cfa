import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/client/db/database';
import { getDraft } from '../../../src/client/db/drafts';
import { logVisit } from '../../../src/client/db/visits';
import { referenceCatalogue } from '../../../src/domain/catalogue';
import { enrol, freshTablet, POINT, renderDesk, statusSays } from './desk-harness';

async function seedVisit() {
  return logVisit(
    {
      visitDate: '2026-03-02',
      ageGroup: 'older',
      sector: 'health',
      topics: ['health.prescription'],
      referrals: [],
    },
    { pointId: POINT, catalogue: referenceCatalogue, now: new Date('2026-03-02T07:05:00Z') },
  );
}

// Many taps per test in jsdom: a loaded 2-core machine needs more than the default 5 s.
describe("Correcting the day's visits", { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await freshTablet();
    await enrol();
  });
  afterEach(() => vi.useRealTimers());

  it('loads a visit into the form for editing; saving raises its rev and marks it pending again', async () => {
    const seeded = await seedVisit();
    await db.visits.update(seeded.id, { sentRev: 1, isPending: 0 }); // as if already synced
    const { user } = await renderDesk();
    const list = screen.getByRole('region', { name: 'Visits' });
    await user.click(await within(list).findByRole('button', { name: 'Edit' }));

    expect(screen.getByRole('heading', { name: 'Edit visit' })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Older people 65+' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Prescription renewal' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Working age 18–64' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await statusSays('Saved');

    const rows = await db.visits.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: seeded.id,
      rev: 2,
      sentRev: 1,
      isPending: 1,
      ageGroup: 'working-age',
      topics: ['health.prescription'],
    });
    await waitFor(() => expect(within(list).getByRole('listitem')).toHaveTextContent('Working age 18–64'));
    // The blank form replaces the edited one once the own desk sector is read, a moment after "Saved".
    expect(await screen.findByRole('heading', { name: 'Log a visit' })).toBeInTheDocument();
  });

  it('deletes a visit as a tombstone rev, and Undo restores it with another rev', async () => {
    const seeded = await seedVisit();
    const { user } = await renderDesk();
    const list = screen.getByRole('region', { name: 'Visits' });
    await user.click(await within(list).findByRole('button', { name: 'Delete' }));

    await statusSays('Visit deleted.');
    await waitFor(() => expect(within(list).queryAllByRole('listitem')).toHaveLength(0));
    expect(await db.visits.get(seeded.id)).toMatchObject({ rev: 2, deleted: true, isPending: 1 });
    expect(within(list).getByText('Visits in total: 0', { exact: false })).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: 'Undo' }));
    await statusSays('Visit restored.');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(await db.visits.get(seeded.id)).toMatchObject({ rev: 3, deleted: false, isPending: 1 });
  });

  it('drops the edit, and its draft, when the visit being edited is deleted', async () => {
    await seedVisit();
    const { user, unmount } = await renderDesk();
    const list = screen.getByRole('region', { name: 'Visits' });
    await user.click(await within(list).findByRole('button', { name: 'Edit' }));
    await user.click(screen.getByRole('radio', { name: 'Families with children' }));
    await user.click(within(list).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Log a visit' })).toBeInTheDocument());
    expect(screen.getByRole('radio', { name: 'Families with children' })).not.toBeChecked();
    unmount();

    await renderDesk();
    expect(screen.getByRole('heading', { name: 'Log a visit' })).toBeInTheDocument();
    expect(await getDraft()).toBeUndefined();
  });

  it("counts the day's visits by sector and age group, leaving out deleted ones and other days", async () => {
    const at = (day: string, ageGroup: string, sector: 'social' | 'health' | 'both') =>
      logVisit(
        { visitDate: day, ageGroup, sector, topics: [], referrals: [] },
        { pointId: POINT, catalogue: referenceCatalogue, now: new Date('2026-03-02T07:05:00Z') },
      );
    await at('2026-03-02', 'older', 'health');
    await at('2026-03-02', 'older', 'social');
    await at('2026-03-02', 'families', 'health');
    await at('2026-03-02', 'working-age', 'both');
    const gone = await at('2026-03-02', 'older', 'health');
    await db.visits.update(gone.id, { deleted: true, rev: 2 });
    await at('2026-03-01', 'older', 'health');

    await renderDesk();
    const table = await screen.findByRole('table', { name: /Visits by age group and sector/ });
    await waitFor(() => expect(table).toHaveAccessibleName(/Visits in total: 4/));
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(
      within(row('Older people 65\\+'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '1', '0', '2']);
    expect(
      within(row('Families with children'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '1', '0', '1']);
    expect(
      within(row('Total'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '2', '1', '4']);

    // An earlier day, picked in the list.
    fireEvent.change(screen.getByLabelText('Day shown'), { target: { value: '2026-03-01' } });
    await waitFor(() => expect(table).toHaveAccessibleName(/Visits in total: 1/));
    expect(within(screen.getByRole('region', { name: 'Visits' })).getAllByRole('listitem')).toHaveLength(1);
  });
});
