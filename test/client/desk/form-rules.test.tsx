import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/client/db/database';
import { referenceCatalogue } from '../../../src/domain/catalogue';
import type { Lang } from '../../../src/domain/lang';
import {
  enrol,
  freshTablet,
  renderDesk,
  savedAndNextFormShown,
  statusSays,
  storedVisits,
} from './desk-harness';

// Many taps per test in jsdom: a loaded 2-core machine needs more than the default 5 s.
describe('The visit form', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await freshTablet();
    await enrol();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it.each<[Lang, string, string, string]>([
    ['fi', 'Ikäryhmä', 'Ohjaukset', 'Tallenna'],
    ['sv', 'Åldersgrupp', 'Hänvisningar', 'Spara'],
    ['en', 'Age group', 'Referrals', 'Save'],
  ])('speaks %s, with every option labelled from the catalogue', async (lang, ageGroup, referrals, save) => {
    await freshTablet(lang);
    await enrol();
    const { user } = await renderDesk(save);
    const ages = screen.getByRole('radiogroup', { name: ageGroup });
    for (const entry of referenceCatalogue.ageGroups)
      expect(within(ages).getByRole('radio', { name: entry[lang] })).toBeInTheDocument();
    const refs = screen.getByRole('group', { name: referrals });
    expect(
      within(refs)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(referenceCatalogue.referrals.map((r) => r[lang]));
    // The practical topics are always offered; the health ones once the sector is chosen.
    const health = referenceCatalogue.topics.find((topic) => topic.code === 'health.prescription')!;
    expect(screen.queryByRole('checkbox', { name: health[lang] })).not.toBeInTheDocument();
    await user.click(
      screen.getByRole('radio', { name: referenceCatalogue.sectors.find((s) => s.code === 'health')![lang] }),
    );
    expect(screen.getByRole('checkbox', { name: health[lang] })).toBeInTheDocument();
  });

  it('offers the topics of the chosen sector and drops those of a sector no longer chosen', async () => {
    const { user } = await renderDesk();
    const topics = screen.getByRole('group', { name: 'Topics' });
    expect(within(topics).getByRole('group', { name: 'Practical matters' })).toBeInTheDocument();
    expect(within(topics).queryByRole('group', { name: 'Social' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Both' }));
    expect(within(topics).getByRole('group', { name: 'Social' })).toBeInTheDocument();
    expect(within(topics).getByRole('group', { name: 'Health' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Housing' }));
    await user.click(screen.getByRole('checkbox', { name: 'Prescription renewal' }));
    await user.click(screen.getByRole('radio', { name: 'Health care' }));
    expect(screen.queryByRole('checkbox', { name: 'Housing' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Older people 65+' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await statusSays('Saved');
    expect((await storedVisits())[0]?.topics).toEqual(['health.prescription']);
  });

  it('asks for the age group and sector instead of saving an incomplete visit', async () => {
    const { user } = await renderDesk();
    const ages = screen.getByRole('radiogroup', { name: 'Age group' });
    expect(ages).toHaveAttribute('aria-required', 'true');
    expect(ages).not.toHaveAttribute('aria-invalid');
    expect(within(ages.querySelector('legend')!).getByText('(required)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The visit was not saved. Correct the marked fields.',
    );
    expect(screen.getByRole('radiogroup', { name: 'Age group' })).toHaveAccessibleDescription(
      'Choose an age group.',
    );
    expect(screen.getByRole('radiogroup', { name: 'Sector' })).toHaveAccessibleDescription(
      'Choose a sector.',
    );
    expect(ages).toHaveAttribute('aria-invalid', 'true');
    expect(await storedVisits()).toHaveLength(0);
  });

  it('toggles a chip with Enter instead of saving the visit without it', async () => {
    const { user } = await renderDesk();
    await user.click(screen.getByRole('radio', { name: 'Working age 18–64' }));
    await user.click(screen.getByRole('radio', { name: 'Social care' }));
    const housing = screen.getByRole('checkbox', { name: 'Housing' });
    housing.focus();
    await user.keyboard('{Enter}');
    expect(housing).toBeChecked();
    expect(await storedVisits()).toHaveLength(0);
    await user.keyboard('{Enter}');
    expect(housing).not.toBeChecked();
    await user.keyboard('{Enter}');
    const referral = screen.getByRole('checkbox', { name: 'Resolved at the advice point' });
    referral.focus();
    await user.keyboard('{Enter}');
    expect(referral).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await statusSays('Saved');
    const [visit] = await storedVisits();
    expect(visit?.topics).toEqual(['social.housing']);
    expect(visit?.referrals).toEqual(['resolved']);
  });

  it('takes an earlier date for a visit logged late, but not a future one', async () => {
    const { user } = await renderDesk();
    const date = screen.getByLabelText('Visit date');
    expect(date).toHaveValue('2026-03-02');
    await user.click(screen.getByRole('radio', { name: 'Older people 65+' }));
    await user.click(screen.getByRole('radio', { name: 'Social care' }));
    fireEvent.change(date, { target: { value: '2026-03-03' } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(date).toHaveAccessibleDescription(/^Enter a real date that is not in the future\./),
    );
    expect(await storedVisits()).toHaveLength(0);

    fireEvent.change(date, { target: { value: '2026-02-27' } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await statusSays('Saved');
    expect((await storedVisits())[0]?.visitDate).toBe('2026-02-27');
  });

  it('keeps the form filled and every saved visit when the disk is full', async () => {
    const { user } = await renderDesk();
    await user.click(screen.getByRole('radio', { name: 'Older people 65+' }));
    await user.click(screen.getByRole('radio', { name: 'Health care' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await savedAndNextFormShown();

    vi.spyOn(db.visits, 'add').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await user.click(screen.getByRole('radio', { name: 'Families with children' }));
    await user.click(screen.getByRole('radio', { name: 'Social care' }));
    await user.click(screen.getByRole('checkbox', { name: 'Housing' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('the storage on this device is full');
    expect(screen.getByRole('radio', { name: 'Families with children' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Housing' })).toBeChecked();
    expect(await storedVisits()).toMatchObject([{ ageGroup: 'older' }]);
  });

  it('keeps the form and points to enrolment when the tablet is not enrolled', async () => {
    await db.device.clear();
    const { user } = await renderDesk();
    await user.click(screen.getByRole('radio', { name: 'Older people 65+' }));
    await user.click(screen.getByRole('radio', { name: 'Health care' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('this device is not enrolled at a point');
    expect(screen.getByRole('radio', { name: 'Older people 65+' })).toBeChecked();
    expect(await storedVisits()).toHaveLength(0);
    await user.click(within(alert).getByRole('link', { name: 'Enrol device' }));
    expect(window.location.pathname).toBe('/enrol');
  });

  it('offers the slip after saving a visit with a referral, and on the listed visit', async () => {
    window.history.replaceState(null, '', '/');
    const { user } = await renderDesk();
    await user.click(screen.getByRole('radio', { name: 'Older people 65+' }));
    await user.click(screen.getByRole('radio', { name: 'Health care' }));
    await user.click(screen.getByRole('checkbox', { name: referenceCatalogue.referrals[0]!.en }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await statusSays('Saved');
    const [visit] = await storedVisits();
    const list = screen.getByRole('region', { name: 'Visits' });
    expect(await within(list).findByRole('link', { name: /^Slip \d\d:\d\d$/ })).toHaveAttribute(
      'href',
      `/slip/${visit!.id}`,
    );
    await user.click(screen.getByRole('link', { name: 'Print slip' }));
    expect(window.location.pathname).toBe(`/slip/${visit!.id}`);
  });
});
