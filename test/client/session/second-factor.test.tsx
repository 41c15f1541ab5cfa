import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { generateSync } from 'otplib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AccountPage } from '../../../src/client/features/account/account-page';
import { UserPanel } from '../../../src/client/features/admin/user-panel';
import type { AccountInfo } from '../../../src/domain/accounts-api';
import { RequireRole } from '../../../src/client/session/require-role';
import { useSessionStore } from '../../../src/client/session/session-store';
import { useLangStore } from '../../../src/client/ui/lang-store';
import { ADMIN, SUPERVISOR, testServer, type TestServer } from '../../server/app-fixture';
import { inProcessFetch } from '../../support/in-process-fetch';

/** What an authenticator app shows now for the key the page printed (spaces between groups). */
const codeFor = (shownKey: string) => generateSync({ secret: shownKey.replace(/\s/g, '') });

describe('the second factor in the app, against the real server', { timeout: 60_000 }, () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await testServer('sqlite', { isAdminSecondFactorRequired: true });
    useSessionStore.setState({ status: 'unknown', session: null, loadError: null });
    useLangStore.setState({ lang: 'en' });
    vi.stubGlobal('fetch', inProcessFetch(server.app));
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    await server.close();
  });

  async function signIn(
    user: ReturnType<typeof userEvent.setup>,
    who: { username: string; password: string },
  ) {
    await user.type(await screen.findByLabelText('Username'), who.username);
    await user.type(screen.getByLabelText('Password'), who.password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
  }
  /** Enrol through the page: the QR code and key, a code from the app, then the recovery codes. */
  async function enrol(user: ReturnType<typeof userEvent.setup>, buttonName: string) {
    await user.click(await screen.findByRole('button', { name: buttonName }));
    expect(await screen.findByRole('img', { name: 'QR code for the authenticator app' })).toBeInTheDocument();
    const key = document.querySelector('.totp-key')!.textContent!;
    await user.type(screen.getByLabelText('Code the app shows'), codeFor(key));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    const list = await screen.findByRole('list');
    const codes = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent!);
    await user.click(screen.getByRole('button', { name: 'I have saved the codes, continue' }));
    return codes;
  }

  it('an admin enrols at first sign-in, and at the next sign-in gives a code; a wrong one is said on the field', async () => {
    const user = userEvent.setup({ delay: null });
    const { unmount } = render(
      <RequireRole roles={['admin']}>
        <h1>Admin</h1>
      </RequireRole>,
    );
    await signIn(user, ADMIN);
    expect(await screen.findByRole('heading', { name: 'Set up a second factor' })).toBeInTheDocument();
    const codes = await enrol(user, 'Set it up');
    expect(codes).toHaveLength(10);
    expect(await screen.findByRole('heading', { name: 'Admin' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await signIn(user, ADMIN);
    const field = await screen.findByLabelText('Verification code');
    expect(screen.getByRole('heading', { name: 'Give your verification code' })).toBeInTheDocument();
    await user.type(field, 'AAAA-BBBB-CCCC');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText(/^The code is wrong or already used/);
    expect(field).toHaveAccessibleDescription(/^The code is wrong or already used/);
    expect(field).toHaveFocus();

    await user.type(field, codes[0]!);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Admin' })).toBeInTheDocument();
    unmount();
  });

  it('a supervisor opts in from the account page; an admin resets it from their panel in /admin', async () => {
    const admin = await server.login();
    // The test server's admin enrols through the API, so the admin pages open.
    const started = await server.call({
      method: 'POST',
      url: '/api/v1/session/second-factor',
      headers: { authorization: `Bearer ${admin}` },
    });
    const { secret } = started.json() as { secret: string };
    const confirmed = await server.call({
      method: 'PUT',
      url: '/api/v1/session/second-factor',
      headers: { authorization: `Bearer ${admin}` },
      payload: { code: generateSync({ secret }) },
    });
    const [recoveryCode] = (confirmed.json() as { recoveryCodes: string[] }).recoveryCodes;
    await server.call({
      method: 'POST',
      url: '/api/v1/users',
      headers: { authorization: `Bearer ${admin}` },
      payload: { ...SUPERVISOR, role: 'supervisor' },
    });

    const user = userEvent.setup({ delay: null });
    const page = render(<AccountPage />);
    await signIn(user, SUPERVISOR);
    await enrol(user, 'Set it up');
    expect(await screen.findByText(/^On: you give a code/)).toBeInTheDocument();
    page.unmount();

    // The admin signs in (a recovery code) and resets it from the users list.
    vi.stubGlobal('fetch', inProcessFetch(server.app));
    const signedIn = await fetch('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...ADMIN, code: recoveryCode }),
    });
    expect(signedIn.status).toBe(200);
    const listedBefore = (await server.asAdmin('GET', '/api/v1/users')).json() as { users: AccountInfo[] };
    const row = listedBefore.users.find((u) => u.username === SUPERVISOR.username)!;
    render(<UserPanel user={row} points={[]} onChanged={async () => undefined} onClose={() => undefined} />);
    await user.click(
      await screen.findByRole('button', { name: `Reset the second factor of ${SUPERVISOR.username}` }),
    );
    expect(await screen.findByText(/was reset and their sessions ended/)).toHaveAttribute('role', 'status');
    const listed = (await server.asAdmin('GET', '/api/v1/users')).json() as {
      users: { username: string; hasSecondFactor: boolean }[];
    };
    expect(listed.users.find((u) => u.username === SUPERVISOR.username)?.hasSecondFactor).toBe(false);
  });
});
