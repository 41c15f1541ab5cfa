import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import { db } from '../../../src/client/db/database';
import { saveDevice } from '../../../src/client/db/device';
import { DeskPage } from '../../../src/client/features/desk/desk-page';
import type { Lang } from '../../../src/domain/lang';
import { useLangStore } from '../../../src/client/ui/lang-store';

export const POINT = 'hyvinkaa';

/** A fresh tablet in a language, its clock at `now` (only Date is faked: Dexie's timers run). */
export async function freshTablet(lang: Lang = 'en', now = '2026-03-02T08:15:00Z'): Promise<void> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(now));
  useLangStore.setState({ lang });
  await Promise.all(db.tables.map((table) => table.clear()));
}

/** Enrol the tablet at POINT, as the enrol page would. */
export async function enrol(): Promise<void> {
  await saveDevice({
    deviceId: 'd1',
    token: 'token',
    pointId: POINT,
    label: 'Desk',
    enrolledAt: '2026-01-01T00:00:00.000Z',
  });
}

/** Render the desk and wait until its form is there (after the draft was looked for). */
export async function renderDesk(saveButton = 'Save') {
  // No pause between simulated events: the 2-core CI machine is slow enough as it is.
  const user = userEvent.setup({ delay: null });
  const view = render(<DeskPage />);
  await screen.findByRole('button', { name: saveButton });
  // The day's visits and the other sectors' topics are drawn a frame after the form.
  await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  return { user, ...view };
}

/** All visit rows on the tablet. */
export function storedVisits() {
  return db.visits.toArray();
}

/**
 * Wait until the visit is saved and the blank form for the next client has taken the filled one's
 * place. "Saved" is said first; the blank form follows once the own desk sector is read from
 * IndexedDB, and its title takes the focus. Taps made before that would land on the outgoing form.
 */
export async function savedAndNextFormShown(): Promise<void> {
  await statusSays('Saved');
  await waitFor(() => expect(screen.getByRole('heading', { name: 'Log a visit' })).toHaveFocus());
}

/** Wait until a live status region says `text` (what a screen reader announces). */
export async function statusSays(text: string | RegExp): Promise<void> {
  await waitFor(() => {
    const said = screen.getAllByRole('status').map((region) => region.textContent ?? '');
    expect(said.some((t) => (typeof text === 'string' ? t.includes(text) : text.test(t)))).toBe(true);
  });
}
