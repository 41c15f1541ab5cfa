import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { db } from '../../../src/client/db/database';
import { markDeviceRevoked, saveDevice } from '../../../src/client/db/device';
import { updateSyncStatus } from '../../../src/client/db/sync-state';
import { SyncStatusBar } from '../../../src/client/features/sync/sync-status-bar';
import { startAppSync, stopAppSync } from '../../../src/client/sync/app-sync';
import { createFetchTransport } from '../../../src/client/sync/transport';
import { useLangStore } from '../../../src/client/ui/lang-store';
import { makeVisit } from '../../support/visit-factory';
import { faultyFetch, saveOnTablet } from './harness';
import { realServer } from './real-server';

const POINT = 'hyvinkaa';

async function enrol(token = 'a-token') {
  await saveDevice({
    deviceId: 'd1',
    token,
    pointId: POINT,
    label: 'Desk',
    enrolledAt: new Date().toISOString(),
  });
}

describe('SyncStatusBar', () => {
  beforeEach(async () => {
    useLangStore.setState({ lang: 'en' });
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  afterEach(() => stopAppSync());

  it('shows how many visits wait, sends them on "Sync now", then shows the time of the last sync', async () => {
    const server = await realServer(POINT);
    onTestFinished(() => server.close());
    await enrol(server.token);
    const now = new Date().toISOString();
    for (let i = 0; i < 3; i += 1)
      await saveOnTablet(db, makeVisit({ pointId: POINT, recordedAt: now, visitDate: now.slice(0, 10) }));
    // The first attempt, at start, finds no network; the button tries again.
    const faulty = faultyFetch(server.fetch, (call) => (call === 1 ? 'fail-before' : 'ok'));
    // random 1: the automatic retry is a full 5 s away, so the button is what sends.
    startAppSync({ transport: createFetchTransport({ fetch: faulty.fetch }), locks: null, random: () => 1 });
    render(<SyncStatusBar />);
    expect(await screen.findByText(/Sending failed: No connection to the server/)).toBeInTheDocument();
    expect(screen.getByText('Waiting to be sent: 3')).toBeInTheDocument();
    expect(screen.getByText('Not sent to the server yet')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await userEvent.click(await screen.findByRole('button', { name: 'Sync now' }));
    expect(await screen.findByText('Nothing waiting to be sent')).toBeInTheDocument();
    expect(await screen.findByText(/^Last sent \d\d[:.]\d\d$/)).toBeInTheDocument();
    expect(await server.storedVisits()).toHaveLength(3);
  });

  it('warns when a visit has waited more than 24 hours', async () => {
    await enrol();
    await saveOnTablet(db, makeVisit({ recordedAt: new Date(Date.now() - 25 * 3600_000).toISOString() }));
    render(<SyncStatusBar />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Safari clears the storage of sites unused for 7 days',
    );
  });

  it('does not warn about a visit that has waited less than a day', async () => {
    await enrol();
    await saveOnTablet(db, makeVisit({ recordedAt: new Date(Date.now() - 23 * 3600_000).toISOString() }));
    render(<SyncStatusBar />);
    expect(await screen.findByText('Waiting to be sent: 1')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says a revoked device keeps its visits and offers to enrol again, with no sync button', async () => {
    await enrol();
    await saveOnTablet(db, makeVisit({ recordedAt: new Date().toISOString() }));
    await markDeviceRevoked(new Date().toISOString());
    render(<SyncStatusBar />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This device has been revoked. Its visits are kept here',
    );
    expect(screen.getByRole('link', { name: 'Enrol this device' })).toHaveAttribute('href', '/enrol');
    expect(screen.queryByRole('button', { name: 'Sync now' })).not.toBeInTheDocument();
  });

  it("lists a rejected visit with the server's reason and opens it for editing", async () => {
    await enrol();
    const visit = makeVisit({ ageGroup: 'older', sector: 'health' });
    await db.visits.put({
      ...visit,
      sentRev: 0,
      isPending: 0,
      rejection: { rev: 1, reason: 'Unknown topic "x"' },
    });
    render(<SyncStatusBar />);
    expect(await screen.findByText('Needs attention (1)')).toBeInTheDocument();
    // The server's reason is its own English, marked so for a screen reader on a Finnish page.
    expect(screen.getByText('Unknown topic "x"')).toHaveAttribute('lang', 'en');
    expect(screen.getByText('Unknown topic "x"').parentElement).toHaveTextContent(
      'Reason: Unknown topic "x"',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await waitFor(() => expect(window.location.search).toBe(`?edit=${visit.id}`));
  });

  it("says in the page's language that the server refused a batch, and gives the server's words as English details", async () => {
    useLangStore.setState({ lang: 'fi' });
    await enrol();
    await saveOnTablet(db, makeVisit({ recordedAt: new Date().toISOString() }));
    await updateSyncStatus({
      lastError: {
        reason: 'bad-request',
        message: 'body/visits/0/rev must be >= 1',
        at: new Date().toISOString(),
      },
    });
    render(<SyncStatusBar />);
    const error = await screen.findByText(
      /Palvelin ei hyväksynyt lähetystä\. Käynnit ovat tallessa laitteessa/,
    );
    expect(error).toHaveTextContent('Lisätiedot: body/visits/0/rev must be >= 1');
    expect(screen.getByText('body/visits/0/rev must be >= 1')).toHaveAttribute('lang', 'en');
  });

  it('says when the device is not enrolled, in Finnish too', async () => {
    useLangStore.setState({ lang: 'fi' });
    render(<SyncStatusBar />);
    expect(await screen.findByText(/Laitetta ei ole liitetty palveluun/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Liitä laite' })).toBeInTheDocument();
  });
});
