import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AdminPage } from '../../../src/client/features/admin/admin-page';
import { useSessionStore } from '../../../src/client/session/session-store';
import { useLangStore } from '../../../src/client/ui/lang-store';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The admin routes of the contract held in memory, signed in as an admin. */
function fakeAdminServer() {
  const points: { id: string; name: string }[] = [];
  const devices = [
    {
      id: 'dev-1',
      pointId: 'hyvinkaa',
      label: 'Front desk 1',
      enrolledAt: '2026-03-01T08:00:00Z',
      lastSyncAt: '2026-03-02T09:15:00Z',
      revokedAt: null,
    },
  ];
  const users: { username: string; role: string; points: string[] }[] = [
    { username: 'admin', role: 'admin', points: [] },
  ];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
    if (url === '/api/v1/session' && method === 'GET')
      return json(200, { role: 'admin', username: 'admin', points: [] });
    if (url === '/api/v1/points' && method === 'GET') return json(200, { points });
    if (url === '/api/v1/points' && method === 'POST') {
      if (points.some((p) => p.id === body.id))
        return json(409, { error: 'point-exists', message: 'A point with that ID exists.' });
      points.push({ id: String(body.id), name: String(body.name) });
      return json(201, {});
    }
    const enrol = /^\/api\/v1\/points\/([^/]+)\/enrolments$/.exec(url);
    if (enrol && method === 'POST')
      return json(201, { code: 'K7Q2-9XWD', expiresAt: '2026-03-02T10:15:00Z' });
    if (url === '/api/v1/devices') return json(200, { devices });
    const revoke = /^\/api\/v1\/devices\/([^/]+)\/revoke$/.exec(url);
    if (revoke && method === 'POST') {
      const device = devices.find((d) => d.id === revoke[1]);
      if (device) (device as { revokedAt: string | null }).revokedAt = '2026-03-02T10:00:00Z';
      return json(200, {});
    }
    if (url === '/api/v1/users' && method === 'GET') return json(200, { users });
    if (url === '/api/v1/users' && method === 'POST') {
      users.push({
        username: String(body.username),
        role: String(body.role),
        points: body.points as string[],
      });
      return json(201, {});
    }
    return json(404, { error: 'not-found', message: `${method} ${url}` });
  });
  return { fetch, points, devices, users };
}

describe('AdminPage', () => {
  beforeEach(() => {
    useLangStore.setState({ lang: 'en' });
    useSessionStore.setState({ status: 'unknown', session: null, loadError: null });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('creates a point and shows an enrolment code as big text and as a QR code with its expiry', async () => {
    const server = fakeAdminServer();
    vi.stubGlobal('fetch', server.fetch);
    const user = userEvent.setup();
    render(<AdminPage />);
    expect(await screen.findByText('No points yet.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('ID'), 'hyvinkaa');
    await user.type(screen.getByLabelText('Name'), 'Hyvinkää');
    await user.click(screen.getByRole('button', { name: 'Add point' }));
    expect(await screen.findByRole('button', { name: 'New enrolment code: Hyvinkää' })).toBeInTheDocument();
    expect(server.points).toEqual([{ id: 'hyvinkaa', name: 'Hyvinkää' }]);

    await user.click(screen.getByRole('button', { name: 'New enrolment code: Hyvinkää' }));
    const card = await screen.findByRole('region', { name: 'Enrolment code: Hyvinkää' });
    expect(within(card).getByText('K7Q2-9XWD')).toBeInTheDocument();
    expect(within(card).getByText(/Valid until 02\/03\/2026,? 12:15/)).toBeInTheDocument();
    const qr = await within(card).findByRole('img');
    expect(qr).toHaveAccessibleName(`${window.location.origin}/enrol?code=K7Q2-9XWD`);
    expect(qr.querySelector('svg path')).not.toBeNull();
  });

  it("shows the server's reason when a point cannot be created", async () => {
    const server = fakeAdminServer();
    server.points.push({ id: 'kerava', name: 'Kerava' });
    vi.stubGlobal('fetch', server.fetch);
    const user = userEvent.setup();
    render(<AdminPage />);
    await screen.findByRole('button', { name: 'New enrolment code: Kerava' });
    await user.type(screen.getByLabelText('ID'), 'kerava');
    await user.type(screen.getByLabelText('Name'), 'Kerava 2');
    await user.click(screen.getByRole('button', { name: 'Add point' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A point with that ID exists.');
  });

  it('lists devices and revokes one only after a confirmation', async () => {
    const server = fakeAdminServer();
    server.points.push({ id: 'hyvinkaa', name: 'Hyvinkää' });
    vi.stubGlobal('fetch', server.fetch);
    const user = userEvent.setup();
    render(<AdminPage />);
    const row = (await screen.findByText('Front desk 1')).closest('tr')!;
    // Devices and points are fetched separately: the point's name replaces its id once both are in.
    expect(await within(row).findByText('Hyvinkää')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Revoke: Front desk 1' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('Revoke the device "Front desk 1"?');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(server.devices[0]!.revokedAt).toBeNull();

    await user.click(within(row).getByRole('button', { name: 'Revoke: Front desk 1' }));
    await user.click(screen.getByRole('button', { name: 'Yes, revoke' }));
    await waitFor(() => expect(within(row).getByText(/^Revoked /)).toBeInTheDocument());
    expect(server.devices[0]!.revokedAt).not.toBeNull();
  });

  it('creates a supervisor account for chosen points, in Swedish', async () => {
    useLangStore.setState({ lang: 'sv' });
    const server = fakeAdminServer();
    server.points.push({ id: 'hyvinkaa', name: 'Hyvinkää' }, { id: 'kerava', name: 'Kerava' });
    vi.stubGlobal('fetch', server.fetch);
    const user = userEvent.setup();
    render(<AdminPage />);
    await user.type(await screen.findByLabelText('Användarnamn'), 'sanna');
    await user.type(screen.getByLabelText('Lösenord'), 'long-enough-password');
    await user.click(await screen.findByRole('checkbox', { name: 'Kerava' }));
    await user.click(screen.getByRole('button', { name: 'Skapa förmanskonto' }));
    expect(await screen.findByText('sanna')).toBeInTheDocument();
    expect(server.users).toContainEqual({ username: 'sanna', role: 'supervisor', points: ['kerava'] });
  });

  it('asks to sign in again when the session has ended', async () => {
    const server = fakeAdminServer();
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) =>
      String(input) === '/api/v1/devices'
        ? json(401, { error: 'not-signed-in', message: 'Sign in again.' })
        : server.fetch(input, init),
    );
    render(<AdminPage />);
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Administration' })).not.toBeInTheDocument();
  });

  it('links to the service directory editor', async () => {
    vi.stubGlobal('fetch', fakeAdminServer().fetch);
    render(<AdminPage />);
    expect(await screen.findByRole('link', { name: 'Service directory' })).toHaveAttribute(
      'href',
      '/admin/directory',
    );
  });
});
