import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markDeviceRevoked } from '../../../src/client/db/device';
import { logVisit } from '../../../src/client/db/visits';
import { DeskPage } from '../../../src/client/features/desk/desk-page';
import { SyncAttentionBadge } from '../../../src/client/features/sync/sync-attention-badge';
import { referenceCatalogue } from '../../../src/domain/catalogue';
import { enrol, freshTablet, POINT, renderDesk, savedAndNextFormShown } from './desk-harness';

/** A screen of the given width, as far as the desk's media query can tell. */
function screenWidth(width: number): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: Number(/min-width: (\d+)px/.exec(query)?.[1] ?? 0) <= width,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

function seedVisit() {
  return logVisit(
    { visitDate: '2026-03-02', ageGroup: 'older', sector: 'health', topics: [], referrals: [] },
    { pointId: POINT, catalogue: referenceCatalogue, now: new Date('2026-03-02T07:05:00Z') },
  );
}

describe("The day's visits on a narrow screen: one tab away", { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await freshTablet();
    await enrol();
    screenWidth(768);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows the form first; the second tab, counted, shows the list, by tap or by arrow key', async () => {
    await seedVisit();
    const { user } = await renderDesk();
    const formTab = screen.getByRole('tab', { name: 'New visit' });
    const dayTab = await screen.findByRole('tab', { name: 'Day’s visits (1)' });
    expect(screen.getByRole('tablist')).toContainElement(dayTab);
    expect(formTab).toHaveAttribute('aria-selected', 'true');
    expect(dayTab).toHaveAttribute('aria-selected', 'false');
    // Only the chosen tab is a Tab stop; the list is hidden, the form shown.
    expect(formTab).toHaveAttribute('tabindex', '0');
    expect(dayTab).toHaveAttribute('tabindex', '-1');
    expect(screen.queryByRole('region', { name: 'Visits' })).not.toBeInTheDocument();
    expect(screen.getByRole('tabpanel', { name: 'New visit' })).toContainElement(
      screen.getByRole('heading', { name: 'Log a visit' }),
    );

    await user.click(dayTab);
    const list = screen.getByRole('region', { name: 'Visits' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: 'Log a visit' })).not.toBeInTheDocument();

    await user.keyboard('{ArrowLeft}');
    expect(formTab).toHaveFocus();
    expect(formTab).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('heading', { name: 'Log a visit' })).toBeVisible();
    await user.keyboard('{End}');
    expect(dayTab).toHaveFocus();
    await user.keyboard('{Home}');
    expect(formTab).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(dayTab).toHaveFocus();
    expect(dayTab).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(formTab).toHaveFocus();
  });

  it('counts a saved visit in the tab; Edit in the list goes back to the form with the visit', async () => {
    const { user } = await renderDesk();
    expect(await screen.findByRole('tab', { name: 'Day’s visits (0)' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Working age 18–64' }));
    await user.click(screen.getByRole('radio', { name: 'Social care' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await savedAndNextFormShown();
    const dayTab = await screen.findByRole('tab', { name: 'Day’s visits (1)' });

    await user.click(dayTab);
    await user.click(
      within(screen.getByRole('region', { name: 'Visits' })).getByRole('button', { name: 'Edit' }),
    );
    const formTab = screen.getByRole('tab', { name: 'Edit visit' });
    expect(formTab).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Edit visit' })).toHaveFocus());
    expect(screen.getByRole('radio', { name: 'Working age 18–64' })).toBeChecked();
  });

  it('marks the day tab while sending needs a person, as the sync status behind it says', async () => {
    render(<DeskPage syncAlert={<SyncAttentionBadge />} />);
    expect(await screen.findByRole('tab', { name: 'Day’s visits (0)' })).toBeInTheDocument();
    await markDeviceRevoked('2026-03-02T08:00:00.000Z');
    expect(
      await screen.findByRole('tab', { name: /^Day’s visits \(0\)\s*\(sending needs attention\)$/ }),
    ).toBeInTheDocument();
  });

  it('puts the list beside the form, with no tabs, on a landscape tablet', async () => {
    screenWidth(1024);
    await seedVisit();
    await renderDesk();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'Visits' });
    expect(await within(list).findAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Log a visit' })).toBeVisible();
  });
});
