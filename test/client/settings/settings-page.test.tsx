import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/client/db/database';
import { getSetting } from '../../../src/client/db/settings';
import { SettingsPage } from '../../../src/client/features/settings/settings-page';
import { useLangStore } from '../../../src/client/ui/lang-store';
import { referenceCatalogue } from '../../../src/domain/catalogue';

function stubStorage(storage: Partial<StorageManager> | undefined, more: { standalone?: boolean } = {}) {
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { storage, ...more }));
}

// Many taps per test in jsdom: a loaded 2-core machine needs more than the default 5 s.
describe('SettingsPage', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    useLangStore.setState({ lang: 'en' });
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('stores the own desk sector and the slip paper at each choice', async () => {
    stubStorage(undefined);
    const user = userEvent.setup({ delay: null });
    render(<SettingsPage />);
    const none = await screen.findByRole('radio', { name: 'None' });
    expect(none).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Health care' }));
    await waitFor(() => expect(getSetting('deskSector')).resolves.toBe('health'));
    // The slip paper is read from IndexedDB apart from the desk sector: it may show up later.
    await user.click(await screen.findByRole('radio', { name: '80 mm receipt roll' }));
    await waitFor(() => expect(getSetting('slipFormat')).resolves.toBe('receipt'));
    expect(screen.getByText('Setting saved.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'None' }));
    await waitFor(() => expect(getSetting('deskSector')).resolves.toBeNull());
  });

  it('switches the language of the whole page', async () => {
    stubStorage(undefined);
    const user = userEvent.setup({ delay: null });
    render(<SettingsPage />);
    // The desk choices appear once the settings are read from IndexedDB; switch only after that.
    expect(await screen.findByRole('radio', { name: 'Health care' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Svenska' }));
    expect(screen.getByRole('heading', { name: 'Inställningar' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Hälsotjänster' })).toBeInTheDocument();
    expect(useLangStore.getState().lang).toBe('sv');
  });

  it('asks for persistent storage and shows how much is used', async () => {
    let isPersisted = false;
    const persist = vi.fn(async () => (isPersisted = true));
    stubStorage({
      persisted: async () => isPersisted,
      persist,
      estimate: async () => ({ usage: 2_500_000, quota: 4_000_000_000 }),
    });
    const user = userEvent.setup({ delay: null });
    render(<SettingsPage />);
    expect(await screen.findByText(/The browser may clear the data on this tablet/)).toBeInTheDocument();
    expect(screen.getByText('Used 2.5 MB of 4 GB.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep data on this tablet' }));
    expect(await screen.findByText(/Data stays on this tablet/)).toBeInTheDocument();
    expect(persist).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Keep data on this tablet' })).not.toBeInTheDocument();
  });

  it('says so when the browser refuses, and when it has no storage API at all', async () => {
    stubStorage({ persisted: async () => false, persist: async () => false });
    const user = userEvent.setup({ delay: null });
    const { unmount } = render(<SettingsPage />);
    await user.click(await screen.findByRole('button', { name: 'Keep data on this tablet' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('did not grant persistent storage');
    expect(screen.getByText('This browser does not say how much space is used.')).toBeInTheDocument();
    unmount();

    // Safari opened from the Home Screen, before version 17: no storage manager at all.
    stubStorage(undefined, { standalone: true });
    render(<SettingsPage />);
    expect(
      await screen.findByText(/This browser does not say whether data is kept persistently/),
    ).toBeInTheDocument();
  });

  it.each([
    ['en', /^Add Neuvo to the Home Screen to keep visits safe\..*send the visits first/],
    ['fi', /^Lisää Neuvo Koti-valikkoon, jotta käynnit säilyvät\..*lähetä käynnit ensin/],
    ['sv', /^Lägg till Neuvo på hemskärmen så att besöken bevaras\..*skicka besöken först/],
  ] as const)(
    'asks in %s for the Home Screen where the browser cannot persist (WebKitGTK, Safari in a tab)',
    async (lang, text) => {
      useLangStore.setState({ lang });
      stubStorage({ estimate: async () => ({ usage: 1_000_000, quota: 1_000_000_000 }) });
      render(<SettingsPage />);
      expect(await screen.findByText(text)).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /Keep data|Säilytä|Behåll/ })).not.toBeInTheDocument();
    },
  );

  it('shows the catalogue version new visits are logged with, and when the tablet fetched it', async () => {
    stubStorage(undefined);
    const { unmount } = render(<SettingsPage />);
    expect(await screen.findByText(/^The app’s built-in reference catalogue/)).toBeInTheDocument();
    expect(
      screen.getByText(`New visits are logged with catalogue version ${referenceCatalogue.version}.`),
    ).toBeInTheDocument();
    unmount();

    await db.cache.put({
      key: 'catalogue',
      value: { ...referenceCatalogue, version: '7' },
      fetchedAt: '2026-03-02T08:15:00.000Z',
    });
    useLangStore.setState({ lang: 'fi' });
    render(<SettingsPage />);
    expect(await screen.findByText('Uudet käynnit kirjataan luokituksen versiolla 7.')).toBeInTheDocument();
    expect(screen.getByText(/^Haettu palvelimelta 2\.3\.2026 klo 10\.15\./)).toBeInTheDocument();
  });
});
