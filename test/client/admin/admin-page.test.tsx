import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AdminPage } from '../../../src/client/features/admin/admin-page';
import { useSessionStore } from '../../../src/client/session/session-store';
import { useLangStore } from '../../../src/client/ui/lang-store';
import { ADMIN } from '../../server/app-fixture';
import { browseAs, pageServer } from '../../support/page-server';

// The server's clock stands still, so an enrolment code's expiry is known (15 minutes on).
const NOW = new Date('2026-03-02T10:00:00Z');

/** The admin page against the real in-process server, signed in as its admin. */
describe('AdminPage', { timeout: 30_000 }, () => {
  const server = pageServer({ clock: () => NOW });
  let pageFetch: typeof fetch;
  beforeEach(async () => {
    useLangStore.setState({ lang: 'en' });
    useSessionStore.setState({ status: 'unknown', session: null, loadError: null });
    pageFetch = await browseAs(server(), ADMIN);
  });
  afterEach(() => vi.unstubAllGlobals());

  const stored = async <T,>(url: string): Promise<T> => (await server().asAdmin('GET', url)).json() as T;

  // First in the file: the shared server has no points yet.
  it('creates a point and shows an enrolment code as big text and as a QR code with its expiry', async () => {
    const user = userEvent.setup();
    render(<AdminPage />);
    expect(await screen.findByText('No points yet.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('ID'), 'hyvinkaa');
    await user.type(screen.getByLabelText('Name'), 'Hyvinkää');
    await user.click(screen.getByRole('button', { name: 'Add point' }));
    expect(await screen.findByRole('button', { name: 'New enrolment code: Hyvinkää' })).toBeInTheDocument();
    expect((await stored<{ points: unknown[] }>('/api/v1/points')).points).toEqual([
      expect.objectContaining({ id: 'hyvinkaa', name: 'Hyvinkää' }),
    ]);

    await user.click(screen.getByRole('button', { name: 'New enrolment code: Hyvinkää' }));
    const card = await screen.findByRole('region', { name: 'Enrolment code: Hyvinkää' });
    const qr = await within(card).findByRole('img');
    const code = new URL(qr.getAttribute('aria-label') ?? '').searchParams.get('code') ?? '';
    expect(qr).toHaveAccessibleName(`${window.location.origin}/enrol?code=${code}`);
    expect(within(card).getByText(code)).toBeInTheDocument();
    expect(within(card).getByText(/Valid until 02\/03\/2026,? 12:15/)).toBeInTheDocument();
    expect(qr.querySelector('svg path')).not.toBeNull();
    // The code shown is one the server takes: a tablet enrols with it.
    const enrolled = await server().call({
      method: 'POST',
      url: '/api/v1/devices/enrol',
      payload: { code, label: 'Desk by the door' },
    });
    expect(enrolled.statusCode).toBe(201);
  });

  it('says in Finnish why a point cannot be created, without the server’s English words', async () => {
    useLangStore.setState({ lang: 'fi' });
    await server().asAdmin('POST', '/api/v1/points', { id: 'kerava', name: 'Kerava' });
    const user = userEvent.setup();
    render(<AdminPage />);
    await screen.findByRole('button', { name: 'Uusi liittämiskoodi: Kerava' });
    await user.type(screen.getByLabelText('Tunnus'), 'kerava');
    await user.type(screen.getByLabelText('Nimi'), 'Kerava 2');
    await user.click(screen.getByRole('button', { name: 'Lisää neuvontapiste' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Toiminto epäonnistui: Samalla tunnuksella on jo neuvontapiste. Valitse toinen tunnus.',
    );
    expect(alert).not.toHaveTextContent('already exists');
  });

  it('lists devices and revokes one only after a confirmation', async () => {
    const { deviceId } = await server().enrolTablet('jarvenpaa', 'Front desk 1');
    const revokedAt = async () =>
      (await stored<{ devices: { id: string; revokedAt: string | null }[] }>('/api/v1/devices')).devices.find(
        (d) => d.id === deviceId,
      )?.revokedAt;
    const user = userEvent.setup();
    render(<AdminPage />);
    const row = (await screen.findByText('Front desk 1')).closest('tr')!;
    // Devices and points are fetched separately: the point's name replaces its id once both are in.
    expect(await within(row).findByText('Point jarvenpaa')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Revoke: Front desk 1' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('Revoke the device "Front desk 1"?');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await revokedAt()).toBeNull();

    await user.click(within(row).getByRole('button', { name: 'Revoke: Front desk 1' }));
    await user.click(screen.getByRole('button', { name: 'Yes, revoke' }));
    await waitFor(() => expect(within(row).getByText(/^Revoked /)).toBeInTheDocument());
    expect(await revokedAt()).not.toBeNull();
  });

  it('creates a supervisor account for chosen points, in Swedish', async () => {
    useLangStore.setState({ lang: 'sv' });
    const user = userEvent.setup();
    render(<AdminPage />);
    await user.type(await screen.findByLabelText('Användarnamn'), 'sanna');
    await user.type(screen.getByLabelText('Lösenord'), 'harbour lantern violet oatmeal');
    await user.click(await screen.findByRole('checkbox', { name: 'Kerava' }));
    await user.click(screen.getByRole('button', { name: 'Skapa konto' }));
    expect(await screen.findByText('sanna')).toBeInTheDocument();
    const { users } = await stored<{ users: { username: string; role: string; points: string[] }[] }>(
      '/api/v1/users',
    );
    expect(users.find((u) => u.username === 'sanna')).toMatchObject({
      role: 'supervisor',
      points: ['kerava'],
    });
  });

  it('says in Finnish that a username is taken, and creates nothing', async () => {
    useLangStore.setState({ lang: 'fi' });
    const taken = { username: 'ulla', password: 'harbour lantern violet oatmeal', role: 'admin', points: [] };
    expect((await server().asAdmin('POST', '/api/v1/users', taken)).statusCode).toBe(201);
    const user = userEvent.setup();
    render(<AdminPage />);
    await user.type(await screen.findByLabelText('Käyttäjätunnus'), 'ulla');
    await user.type(screen.getByLabelText('Salasana'), 'quiet meadow copper kettle');
    await user.click(screen.getByRole('button', { name: 'Luo tunnus' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Toiminto epäonnistui: Käyttäjätunnus on jo käytössä. Valitse toinen tunnus.',
    );
    expect(alert).not.toHaveTextContent(/taken|exists/i);
    expect(alert).toHaveFocus();
  });

  it('asks to sign in again when the session has ended in another tab', async () => {
    const user = userEvent.setup();
    render(<AdminPage />);
    await user.type(await screen.findByLabelText('ID'), 'tuusula');
    await user.type(screen.getByLabelText('Name'), 'Tuusula');
    // Signing out in another tab ends the session on the server and clears the shared cookie.
    expect((await pageFetch('/api/v1/session', { method: 'DELETE' })).ok).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Add point' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Administration' })).not.toBeInTheDocument();
    expect((await stored<{ points: { id: string }[] }>('/api/v1/points')).points).not.toContainEqual(
      expect.objectContaining({ id: 'tuusula' }),
    );
  });

  it('links to the service directory editor', async () => {
    render(<AdminPage />);
    expect(await screen.findByRole('link', { name: 'Service directory' })).toHaveAttribute(
      'href',
      '/admin/directory',
    );
  });
});
