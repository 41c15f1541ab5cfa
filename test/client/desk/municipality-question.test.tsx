import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/client/db/database';
import { referenceCatalogue, type Catalogue } from '../../../src/domain/catalogue';
import type { Municipality } from '../../../src/domain/municipalities';
import { enrol, freshTablet, POINT, renderDesk, statusSays, storedVisits } from './desk-harness';

const hyvinkaa: Municipality = { code: '106', fi: 'Hyvinkää', sv: 'Hyvinge' };
const jarvenpaa: Municipality = { code: '186', fi: 'Järvenpää', sv: 'Träskända' };
const nurmijarvi: Municipality = { code: '543', fi: 'Nurmijärvi', sv: 'Nurmijärvi' };

/** The catalogue and the point as the last sync left them in the tablet's cache. */
async function synced(municipality: { enabled: boolean; required: boolean }, served: Municipality[]) {
  const catalogue: Catalogue = structuredClone(referenceCatalogue);
  catalogue.questions.municipality = municipality;
  const fetchedAt = '2026-03-02T08:00:00.000Z';
  await db.cache.bulkPut([
    { key: 'catalogue', value: catalogue, fetchedAt },
    { key: 'point', value: { id: POINT, name: 'Hyvinkää', municipalities: served }, fetchedAt },
  ]);
}

/** Age group and sector, so that only the municipality question is left. */
async function fillTheRest(user: Awaited<ReturnType<typeof renderDesk>>['user']) {
  await user.click(screen.getByRole('radio', { name: /^(Older people 65\+|Äldre)/ }));
  await user.click(screen.getByRole('radio', { name: /^(Health care|Hälsotjänster)/ }));
}

describe("The desk asks for the client's home municipality among its point's", { timeout: 20_000 }, () => {
  afterEach(() => vi.useRealTimers());

  it('offers the served municipalities by name in the page language, and saves the code', async () => {
    await freshTablet('sv');
    await enrol();
    await synced({ enabled: true, required: true }, [nurmijarvi, jarvenpaa, hyvinkaa]);
    const { user } = await renderDesk('Spara');
    const question = await screen.findByRole('radiogroup', { name: 'Klientens hemkommun' });
    expect(
      within(question)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Hyvinge', 'Nurmijärvi', 'Träskända']);
    await fillTheRest(user);
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await within(question).findByText('Svara på den här frågan.')).toBeInTheDocument();
    await user.click(within(question).getByRole('radio', { name: 'Träskända' }));
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await statusSays('Sparat');
    expect(await storedVisits()).toMatchObject([{ municipality: '186' }]);
  });

  describe('on a tablet at one point', () => {
    beforeEach(async () => {
      await freshTablet('en');
      await enrol();
    });

    it('does not preselect the only municipality a point serves: staff ask', async () => {
      await synced({ enabled: true, required: false }, [hyvinkaa]);
      const { user } = await renderDesk();
      const only = await screen.findByRole('radio', { name: 'Hyvinkää' });
      expect(only).not.toBeChecked();
      await fillTheRest(user);
      await user.click(screen.getByRole('button', { name: 'Save' }));
      await statusSays('Saved');
      expect(await storedVisits()).toEqual([
        expect.not.objectContaining({ municipality: expect.anything() }),
      ]);
    });

    it('says why the question is empty at a point serving none, and does not block Save', async () => {
      await synced({ enabled: true, required: true }, []);
      const { user } = await renderDesk();
      const question = await screen.findByRole('group', { name: 'Client’s home municipality' });
      expect(
        within(question).getByText(/No municipalities have been chosen for this point yet/),
      ).toBeVisible();
      expect(within(question).queryAllByRole('radio')).toEqual([]);
      await fillTheRest(user);
      await user.click(screen.getByRole('button', { name: 'Save' }));
      await statusSays('Saved');
      expect(await storedVisits()).toHaveLength(1);
    });

    it('does not ask at all when the catalogue leaves the question off', async () => {
      await synced({ enabled: false, required: false }, [hyvinkaa]);
      await renderDesk();
      expect(screen.queryByRole('group', { name: 'Client’s home municipality' })).toBeNull();
      expect(screen.queryByRole('radio', { name: 'Hyvinkää' })).toBeNull();
    });
  });
});
