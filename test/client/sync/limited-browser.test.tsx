import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { db } from '../../../src/client/db/database';
import { saveDevice } from '../../../src/client/db/device';
import { DeskPage } from '../../../src/client/features/desk/desk-page';
import { SyncStatusBar } from '../../../src/client/features/sync/sync-status-bar';
import { startAppSync, stopAppSync } from '../../../src/client/sync/app-sync';
import { createFetchTransport } from '../../../src/client/sync/transport';
import { useLangStore } from '../../../src/client/ui/lang-store';
import { makeVisit } from '../../support/visit-factory';
import { saveOnTablet } from './harness';
import { realServer } from './real-server';

/** A browser as the app finds it: only these navigator features, the rest as jsdom has them. */
function browserWith(features: {
  serviceWorker?: object;
  locks?: object;
  storage?: Partial<StorageManager>;
}) {
  const nav = Object.create(navigator) as Navigator;
  // jsdom's getters refuse an object made from its navigator: the ones the app reads are given.
  Object.defineProperty(nav, 'onLine', { value: true });
  for (const name of ['serviceWorker', 'locks', 'storage'] as const)
    Object.defineProperty(nav, name, { value: features[name], configurable: true });
  vi.stubGlobal('navigator', nav);
}

describe('a browser without service workers, Web Locks or a storage manager', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    useLangStore.setState({ lang: 'en' });
    await Promise.all(db.tables.map((table) => table.clear()));
    browserWith({});
  });
  afterEach(() => {
    stopAppSync();
    vi.unstubAllGlobals();
  });

  it('still logs a visit online and sends it, saying what it cannot do offline', async () => {
    const server = await realServer('hyvinkaa');
    onTestFinished(() => server.close());
    await saveDevice({
      deviceId: server.deviceId,
      token: server.token,
      pointId: 'hyvinkaa',
      label: 'Desk',
      enrolledAt: new Date().toISOString(),
    });
    // The engine finds no navigator.locks and falls back to a lock within the page.
    startAppSync({ transport: createFetchTransport({ fetch: server.fetch }) });
    const user = userEvent.setup({ delay: null });
    render(
      <>
        <SyncStatusBar />
        <DeskPage />
      </>,
    );
    expect(await screen.findByText(/cannot open Neuvo without a network/)).toBeInTheDocument();
    expect(screen.getByText(/Keep Neuvo open in one tab only/)).toBeInTheDocument();
    expect(await screen.findByText(/Add Neuvo to the Home Screen to keep visits safe/)).toBeInTheDocument();

    await user.click(await screen.findByRole('radio', { name: 'Older people 65+' }));
    await user.click(screen.getByRole('radio', { name: 'Health care' }));
    await user.click(screen.getByRole('checkbox', { name: 'Prescription renewal' }));
    await user.click(within(screen.getByRole('group', { name: 'Referrals' })).getAllByRole('checkbox')[0]!);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Waiting to be sent: 1')).toBeInTheDocument());

    // Sent by the engine a few seconds after the save, as on any browser.
    expect(
      await screen.findByText('Nothing waiting to be sent', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    const [stored, ...others] = await server.storedVisits();
    expect(others).toHaveLength(0);
    expect(stored).toMatchObject({ ageGroup: 'older', sector: 'health', topics: ['health.prescription'] });
    // Nothing saved is lost: the tablet keeps its row after sending it.
    expect(await db.visits.get(stored!.id)).toMatchObject({ isPending: 0, sentRev: 1 });
  });

  it('keeps the warning about visits unsent for a day next to the Home Screen notice, in Finnish too', async () => {
    useLangStore.setState({ lang: 'fi' });
    await saveDevice({ deviceId: 'd1', token: 't', pointId: 'hyvinkaa', label: 'Desk', enrolledAt: '' });
    await saveOnTablet(db, makeVisit({ recordedAt: new Date(Date.now() - 25 * 3600_000).toISOString() }));
    render(<SyncStatusBar />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Osa käynneistä on odottanut yli 24 tuntia');
    expect(await screen.findByText(/Lisää Neuvo Koti-valikkoon, jotta käynnit säilyvät/)).toBeInTheDocument();
    expect(screen.getByText(/Tämä selain ei avaa Neuvoa ilman verkkoyhteyttä/)).toBeInTheDocument();
  });
});

describe('a browser that has them all', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['en', 'Visits are kept safe on this tablet.', 'The browser may clear visits when space runs low'],
    ['fi', 'Käynnit säilyvät tällä laitteella.', 'Selain voi poistaa käynnit, jos tila käy vähiin'],
    ['sv', 'Besöken bevaras på den här enheten.', 'Webbläsaren kan ta bort besöken om utrymmet blir knappt'],
  ] as const)(
    'says in %s whether the browser keeps the visits, and no more',
    async (lang, kept, mayClear) => {
      useLangStore.setState({ lang });
      for (const isPersisted of [true, false]) {
        browserWith({
          serviceWorker: {},
          locks: {},
          storage: { persisted: async () => isPersisted, persist: async () => false },
        });
        const { unmount } = render(<SyncStatusBar />);
        expect(await screen.findByText(isPersisted ? kept : new RegExp(mayClear))).toBeInTheDocument();
        expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
        unmount();
      }
    },
  );
});
