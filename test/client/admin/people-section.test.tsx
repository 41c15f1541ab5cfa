import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AdminPage } from '../../../src/client/features/admin/admin-page';
import { useSessionStore } from '../../../src/client/session/session-store';
import { useLangStore } from '../../../src/client/ui/lang-store';
import { ADMIN, testServer, type TestServer } from '../../server/app-fixture';
import { inProcessFetch } from '../../support/in-process-fetch';

const STRONG = 'quiet-meadow-lantern-74';

describe('managing people from /admin, against the real server', () => {
  let server: TestServer;
  let fetch: typeof globalThis.fetch;
  beforeAll(async () => {
    server = await testServer('sqlite');
    // Signed in with the session cookie, as the browser is: the same-origin checks apply.
    fetch = inProcessFetch(server.app);
    await fetch('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    await server.asAdmin('POST', '/api/v1/points', { id: 'hyvinkaa', name: 'Hyvinkää' });
    await server.asAdmin('POST', '/api/v1/points', { id: 'kerava', name: 'Kerava' });
  });
  afterAll(async () => server.close());
  beforeEach(() => {
    useLangStore.setState({ lang: 'en' });
    useSessionStore.setState({ status: 'unknown', session: null, loadError: null });
    vi.stubGlobal('fetch', fetch);
    return () => vi.unstubAllGlobals();
  });

  const supervisor = async (username: string) => {
    const who = { username, password: `${username}-${STRONG}` };
    const token = await server.signInSupervisor(['hyvinkaa'], who);
    return { ...who, token };
  };
  const tally = (token: string) =>
    server.call({
      method: 'GET',
      url: '/api/v1/tallies?from=2023-01&to=2023-01',
      headers: { authorization: `Bearer ${token}` },
    });
  const signIn = (username: string, password: string) =>
    server.call({ method: 'POST', url: '/api/v1/session', payload: { username, password } });
  const openPanel = async (username: string) => {
    const user = userEvent.setup();
    render(<AdminPage />);
    await user.click(await screen.findByRole('button', { name: `Manage the account ${username}` }));
    const panel = screen.getByRole('region', { name: `Account ${username}` });
    return { user, panel };
  };

  it('lists accounts with role, points, state and last sign-in; opening and closing a panel moves the focus', async () => {
    await supervisor('lista');
    const user = userEvent.setup();
    render(<AdminPage />);
    const row = (await screen.findByRole('rowheader', { name: 'lista' })).closest('tr')!;
    expect(within(row).getByText('supervisor')).toBeInTheDocument();
    expect(await within(row).findByText('Hyvinkää')).toBeInTheDocument();
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(within(row).queryByText('not known')).not.toBeInTheDocument();
    const adminRow = screen.getByRole('rowheader', { name: 'admin (you)' }).closest('tr')!;
    expect(within(adminRow).getByText('all')).toBeInTheDocument();

    const manage = within(row).getByRole('button', { name: 'Manage the account lista' });
    await user.click(manage);
    expect(screen.getByRole('heading', { name: 'Account lista' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Account lista' })).not.toBeInTheDocument();
    expect(manage).toHaveFocus();
  });

  it("sets a new password: the server's reason shows beside the field, then the person must change it", async () => {
    const sini = await supervisor('sini');
    const { user, panel } = await openPanel('sini');
    const field = within(panel).getByLabelText('New password');
    await user.type(field, 'password1234');
    await user.click(within(panel).getByRole('button', { name: 'Set new password' }));
    // The sentence in the page's language, then the server's reason as English details.
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        /^The password is too short or too easy to guess\. .*Details: .*common/i,
      ),
    );
    expect(within(panel).getByText(/common/, { selector: '[lang="en"]' })).toBeInTheDocument();
    expect(field).toHaveFocus();
    expect((await signIn('sini', sini.password)).statusCode).toBe(200);

    await user.clear(field);
    await user.type(field, STRONG);
    await user.click(within(panel).getByRole('button', { name: 'Set new password' }));
    const status = await within(panel).findByText('Password set. sini changes it at the next sign-in.');
    expect(status).toHaveFocus();
    const row = screen.getByRole('rowheader', { name: 'sini' }).closest('tr')!;
    expect(await within(row).findByText(/changes the password at the next sign-in/)).toBeInTheDocument();
    expect((await tally(sini.token)).statusCode).toBe(401);
    expect((await signIn('sini', sini.password)).statusCode).toBe(401);
    expect((await signIn('sini', STRONG)).json()).toMatchObject({ mustChangePassword: true });
  });

  it('disables an account only after a confirmation, which ends its sessions at once; enables it again', async () => {
    const olli = await supervisor('olli');
    const { user, panel } = await openPanel('olli');
    await user.click(within(panel).getByRole('button', { name: 'Disable' }));
    const dialog = within(panel).getByRole('alertdialog');
    expect(dialog).toHaveTextContent('Disable the account olli? Their sessions end at once');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(within(panel).getByRole('button', { name: 'Disable' })).toHaveFocus();
    expect((await tally(olli.token)).statusCode).toBe(200);

    await user.click(within(panel).getByRole('button', { name: 'Disable' }));
    await user.click(within(panel).getByRole('button', { name: 'Yes, disable' }));
    expect(await within(panel).findByText('Account disabled; its sessions have ended.')).toHaveFocus();
    const row = screen.getByRole('rowheader', { name: 'olli' }).closest('tr')!;
    expect(await within(row).findByText('Disabled')).toBeInTheDocument();
    expect((await tally(olli.token)).statusCode).toBe(401);
    expect((await signIn('olli', olli.password)).statusCode).toBe(401);

    await user.click(within(panel).getByRole('button', { name: 'Enable' }));
    expect(await within(panel).findByText('Account enabled.')).toHaveFocus();
    expect((await signIn('olli', olli.password)).statusCode).toBe(200);
  });

  it('explains why the last active admin can be neither disabled nor made a supervisor', async () => {
    const { user, panel } = await openPanel('admin');
    await user.click(within(panel).getByRole('button', { name: 'Disable' }));
    await user.click(within(panel).getByRole('button', { name: 'Yes, disable' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'This is the only active admin, and nobody else could manage access.',
    );
    await user.selectOptions(within(panel).getByLabelText('Role'), 'supervisor');
    await user.click(within(panel).getByRole('button', { name: 'Save role and points' }));
    await waitFor(() => expect(within(panel).getAllByRole('alert')).toHaveLength(2));
    const accounts = (await server.asAdmin('GET', '/api/v1/users')).json() as {
      users: { username: string; role: string; isDisabled: boolean }[];
    };
    expect(accounts.users.find((u) => u.username === 'admin')).toMatchObject({
      role: 'admin',
      isDisabled: false,
    });
  });

  it("changes a supervisor's points, and makes them an admin", async () => {
    const pia = await supervisor('pia');
    const { user, panel } = await openPanel('pia');
    await user.click(within(panel).getByRole('checkbox', { name: 'Kerava' }));
    await user.click(within(panel).getByRole('button', { name: 'Save role and points' }));
    expect(await within(panel).findByText('Role and points saved.')).toHaveFocus();
    expect((await tally(pia.token)).statusCode).toBe(200);
    const users = async () =>
      ((await server.asAdmin('GET', '/api/v1/users')).json() as { users: { username: string }[] }).users;
    expect((await users()).find((u) => u.username === 'pia')).toMatchObject({
      role: 'supervisor',
      points: ['hyvinkaa', 'kerava'],
    });

    await user.selectOptions(within(panel).getByLabelText('Role'), 'admin');
    expect(within(panel).getByText('An admin sees the figures of every point.')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Save role and points' }));
    await waitFor(async () =>
      expect((await users()).find((u) => u.username === 'pia')).toMatchObject({ role: 'admin' }),
    );
  });

  it("lists someone's sessions and ends one, then all", async () => {
    const eero = await supervisor('eero');
    const second = await server.login({ username: 'eero', password: eero.password });
    const { user, panel } = await openPanel('eero');
    const sessions = await within(panel).findByRole('table', { name: 'Signed-in sessions' });
    await waitFor(() =>
      expect(within(sessions).getAllByRole('button', { name: /^End the session/ })).toHaveLength(2),
    );
    await user.click(within(sessions).getAllByRole('button', { name: /^End the session/ })[0]!);
    expect(await within(panel).findByText('Session ended.')).toHaveFocus();
    const stillIn = [(await tally(eero.token)).statusCode, (await tally(second)).statusCode].sort();
    expect(stillIn).toEqual([200, 401]);

    await user.click(within(panel).getByRole('button', { name: 'End all sessions' }));
    expect(await within(panel).findByText('No signed-in sessions.')).toBeInTheDocument();
    expect((await tally(eero.token)).statusCode).toBe(401);
    expect((await tally(second)).statusCode).toBe(401);
  });
});
