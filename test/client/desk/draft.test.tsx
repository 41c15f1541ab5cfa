import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/client/db/database';
import { getDraft } from '../../../src/client/db/drafts';
import { flushBeforeUpdate } from '../../../src/client/pwa/before-update';
import { enrol, freshTablet, renderDesk, savedAndNextFormShown, statusSays } from './desk-harness';

// Many taps per test in jsdom: a loaded 2-core machine needs more than the default 5 s.
describe('The half-filled form', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await freshTablet();
    await enrol();
  });
  afterEach(() => vi.useRealTimers());

  it('comes back after the page is gone and opened again (reload, crash, update)', async () => {
    const first = await renderDesk();
    await first.user.click(screen.getByRole('radio', { name: 'Working age 18–64' }));
    await first.user.click(screen.getByRole('radio', { name: 'Social care' }));
    await first.user.click(screen.getByRole('checkbox', { name: 'Housing' }));
    // Written by itself a moment after the last tap, without any unmount or event.
    await waitFor(() =>
      expect(getDraft()).resolves.toMatchObject({
        values: { ageGroup: 'working-age', topics: ['social.housing'] },
      }),
    );
    first.unmount();

    await renderDesk();
    expect(screen.getByRole('radio', { name: 'Working age 18–64' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Social care' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Housing' })).toBeChecked();
  });

  it('is written at once when the page is hidden or an update is about to reload it', async () => {
    const { user } = await renderDesk();
    await user.click(screen.getByRole('radio', { name: 'Older people 65+' }));
    await flushBeforeUpdate(2_000);
    expect(await getDraft()).toMatchObject({ values: { ageGroup: 'older' } });

    await user.click(screen.getByRole('radio', { name: 'Families with children' }));
    window.dispatchEvent(new Event('pagehide'));
    // Read at once, well inside the debounce: the write was queued by the event itself.
    expect(await getDraft()).toMatchObject({ values: { ageGroup: 'families' } });
  });

  it('keeps the edited visit with the draft, so a reload goes on editing it', async () => {
    const { user, unmount } = await renderDesk();
    await user.click(screen.getByRole('radio', { name: 'Older people 65+' }));
    await user.click(screen.getByRole('radio', { name: 'Health care' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await savedAndNextFormShown();
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    await user.click(screen.getByRole('radio', { name: 'Families with children' }));
    await waitFor(() => expect(getDraft()).resolves.toMatchObject({ values: { ageGroup: 'families' } }));
    unmount();

    const again = await renderDesk();
    expect(screen.getByRole('heading', { name: 'Edit visit' })).toBeInTheDocument();
    await again.user.click(screen.getByRole('button', { name: 'Save' }));
    await statusSays('Saved');
    expect(await db.visits.toArray()).toMatchObject([{ rev: 2, ageGroup: 'families' }]);
  });

  it('is gone after Save and after Clear form', async () => {
    const { user } = await renderDesk();
    await user.click(screen.getByRole('radio', { name: 'Older people 65+' }));
    await user.click(screen.getByRole('radio', { name: 'Health care' }));
    await waitFor(() => expect(getDraft()).resolves.toBeDefined());
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await savedAndNextFormShown();
    expect(await getDraft()).toBeUndefined();

    await user.click(screen.getByRole('radio', { name: 'Families with children' }));
    await waitFor(() => expect(getDraft()).resolves.toBeDefined());
    await user.click(screen.getByRole('button', { name: 'Clear form' }));
    await waitFor(() =>
      expect(screen.getByRole('radio', { name: 'Families with children' })).not.toBeChecked(),
    );
    expect(await getDraft()).toBeUndefined();
  });
});
