import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/client/db/database';
import { saveDraft } from '../../../src/client/db/drafts';
import { referenceCatalogue, type Catalogue } from '../../../src/domain/catalogue';
import { enrol, freshTablet, renderDesk, statusSays, storedVisits } from './desk-harness';

/** Put a catalogue where the sync engine keeps the one it fetched. */
function cacheCatalogue(catalogue: Catalogue) {
  return db.cache.put({ key: 'catalogue', value: catalogue, fetchedAt: '2026-03-02T08:00:00.000Z' });
}

/** Version 2: housing retired, one referral relabelled, service language required and outreach asked. */
function version2(): Catalogue {
  const next = structuredClone(referenceCatalogue);
  next.version = 'county-2';
  next.topics = next.topics.map((t) => (t.code === 'social.housing' ? { ...t, retired: true } : t));
  next.referrals = next.referrals.map((r) => (r.code === 'external.kela' ? { ...r, en: 'Kela office' } : r));
  next.questions.serviceLanguage = { enabled: true, required: true };
  next.questions.channel = { enabled: true, required: false };
  return next;
}

describe('The desk follows the catalogue in force', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await freshTablet();
    await enrol();
  });
  afterEach(() => vi.useRealTimers());

  it('asks the optional questions the catalogue switches on, requires only the required ones, and saves the answers', async () => {
    await cacheCatalogue(version2());
    const { user } = await renderDesk();
    const language = await screen.findByRole('radiogroup', { name: 'Language the client was served in' });
    expect(language).toHaveAttribute('aria-required', 'true');
    expect(screen.getByRole('group', { name: 'Walk-in or outreach' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /Why the client came in person/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Older people 65+' }));
    await user.click(screen.getByRole('radio', { name: 'Health care' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await within(language).findByText('Answer this question.')).toBeInTheDocument();
    expect(await storedVisits()).toEqual([]);

    await user.click(within(language).getByRole('radio', { name: 'Swedish' }));
    await user.click(screen.getByRole('radio', { name: 'Outreach (mobile or pop-up)' }));
    // An answer tapped by mistake is cleared, and the question stays optional.
    await user.click(screen.getByRole('button', { name: 'Clear answer: Walk-in or outreach' }));
    expect(screen.getByRole('radio', { name: 'Outreach (mobile or pop-up)' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await statusSays('Saved');
    const [row] = await storedVisits();
    expect(row).toMatchObject({ catalogueVersion: 'county-2', serviceLanguage: 'sv' });
    expect(row).not.toHaveProperty('channel');
  });

  it('shows new labels once a new version arrives, and keeps a half-filled form with its retired topic marked', async () => {
    await cacheCatalogue(referenceCatalogue);
    const { user } = await renderDesk();
    await user.click(screen.getByRole('radio', { name: 'Working age 18–64' }));
    await user.click(screen.getByRole('radio', { name: 'Social care' }));
    await user.click(screen.getByRole('checkbox', { name: 'Housing' }));
    await user.click(screen.getByRole('checkbox', { name: 'Kela (social insurance)' }));

    await act(() => cacheCatalogue(version2()));
    const retired = await screen.findByRole('checkbox', { name: 'Housing (retired from the catalogue)' });
    expect(retired).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Kela office' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Working age 18–64' })).toBeChecked();
    await user.click(retired);
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: /^Housing/ })).toBeNull());
    await user.click(screen.getByRole('radio', { name: 'Finnish' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await statusSays('Saved');
    expect(await storedVisits()).toMatchObject([
      { catalogueVersion: 'county-2', topics: [], referrals: ['external.kela'], serviceLanguage: 'fi' },
    ]);
  });

  it('opens a draft left under the old version with its retired code shown, ready to remove', async () => {
    await cacheCatalogue(version2());
    await saveDraft(
      {
        visitDate: '2026-03-02',
        ageGroup: 'older',
        sector: 'social',
        topics: ['social.housing'],
        referrals: [],
      },
      undefined,
      new Date(),
    );
    await renderDesk();
    expect(
      await screen.findByRole('checkbox', { name: 'Housing (retired from the catalogue)' }),
    ).toBeChecked();
    expect(screen.getByText(/The marked choice is no longer in the catalogue/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Older people 65+' })).toBeChecked();
  });
});
