import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AccountPage } from '../../../src/client/features/account/account-page';
import { RequireRole } from '../../../src/client/session/require-role';
import { useSessionStore } from '../../../src/client/session/session-store';
import { useLangStore } from '../../../src/client/ui/lang-store';
import { testServer, type TestServer } from '../../server/app-fixture';
import { inProcessFetch } from '../../support/in-process-fetch';

const STRONG = 'harbour lantern violet oatmeal';

describe('changing a password in the app, against the real server', { timeout: 60_000 }, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer();
  });
  afterAll(async () => server.close());
  beforeEach(() => {
    useSessionStore.setState({ status: 'unknown', session: null, loadError: null });
    useLangStore.setState({ lang: 'en' });
    vi.stubGlobal('fetch', inProcessFetch(server.app));
    return () => vi.unstubAllGlobals();
  });

  /** A supervisor whose password an admin has just set: they must change it at sign-in. */
  async function resetSupervisor(username: string): Promise<string> {
    const created = await server.asAdmin('POST', '/api/v1/users', {
      username,
      password: 'first password of theirs',
      role: 'supervisor',
    });
    expect(created.statusCode).toBe(201);
    const reset = await server.asAdmin('POST', `/api/v1/users/${username}/password`, {
      password: 'admin chose this one today',
    });
    expect(reset.statusCode).toBe(204);
    return 'admin chose this one today';
  }

  it('asks a person whose password an admin set for their own, shows the reason a weak one is refused, then lets them in', async () => {
    const given = await resetSupervisor('reija');
    const user = userEvent.setup({ delay: null });
    render(
      <RequireRole roles={['supervisor']}>
        <h1>Tallies</h1>
      </RequireRole>,
    );
    await user.type(await screen.findByLabelText('Username'), 'reija');
    await user.type(screen.getByLabelText('Password'), given);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Choose your own password' })).toBeInTheDocument();
    // The password just typed counts as the current one: not asked again.
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('New password'), 'password1234');
    await user.type(screen.getByLabelText('New password again'), 'password1234');
    await user.click(screen.getByRole('button', { name: 'Change password and continue' }));
    const newField = screen.getByLabelText('New password');
    expect(
      await screen.findByText(/This password is too easy to guess/, { selector: '[lang="en"]' }),
    ).toBeInTheDocument();
    expect(newField).toHaveAttribute('aria-invalid', 'true');
    expect(newField).toHaveAccessibleDescription(
      /^The password is too short or too easy to guess\. .*Details: This password is too easy to guess/,
    );
    expect(newField).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Tallies' })).not.toBeInTheDocument();

    await user.clear(newField);
    await user.type(newField, STRONG);
    await user.clear(screen.getByLabelText('New password again'));
    await user.type(screen.getByLabelText('New password again'), `${STRONG}x`);
    await user.click(screen.getByRole('button', { name: 'Change password and continue' }));
    expect(screen.getByLabelText('New password again')).toHaveAccessibleDescription(
      'The passwords are not the same. Type the new password again.',
    );

    await user.clear(screen.getByLabelText('New password again'));
    await user.type(screen.getByLabelText('New password again'), STRONG);
    await user.click(screen.getByRole('button', { name: 'Change password and continue' }));
    expect(await screen.findByRole('heading', { name: 'Tallies' })).toBeInTheDocument();
    // The new password is the one that works now.
    const signIn = (password: string) =>
      server.call({ method: 'POST', url: '/api/v1/session', payload: { username: 'reija', password } });
    expect((await signIn(given)).statusCode).toBe(401);
    expect((await signIn(STRONG)).json()).toMatchObject({ role: 'supervisor', mustChangePassword: false });
  });

  it('after a reload mid-way asks the current password too, in Finnish', async () => {
    const given = await resetSupervisor('rauni');
    // Signed in (the cookie is set), then the page reloaded before the new password was chosen.
    await fetch('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'rauni', password: given }),
    });
    useLangStore.setState({ lang: 'fi' });
    const user = userEvent.setup({ delay: null });
    render(
      <RequireRole roles={['supervisor']}>
        <h1>Raportit</h1>
      </RequireRole>,
    );
    await user.type(await screen.findByLabelText('Nykyinen salasana'), 'not what the admin gave');
    await user.type(screen.getByLabelText('Uusi salasana'), STRONG);
    await user.type(screen.getByLabelText('Uusi salasana uudelleen'), STRONG);
    await user.click(screen.getByRole('button', { name: 'Vaihda salasana ja jatka' }));
    const current = screen.getByLabelText('Nykyinen salasana');
    expect(await screen.findByText('Nykyinen salasana on väärin. Mitään ei muutettu.')).toBeInTheDocument();
    expect(current).toHaveAccessibleDescription('Nykyinen salasana on väärin. Mitään ei muutettu.');

    await user.clear(current);
    await user.type(current, given);
    await user.click(screen.getByRole('button', { name: 'Vaihda salasana ja jatka' }));
    expect(await screen.findByRole('heading', { name: 'Raportit' })).toBeInTheDocument();
  });

  it('lets a signed-in admin change their own password from the account page', async () => {
    const user = userEvent.setup({ delay: null });
    render(<AccountPage />);
    await user.type(await screen.findByLabelText('Username'), 'admin');
    await user.type(screen.getByLabelText('Password'), 'correct-horse-battery-staple');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.type(await screen.findByLabelText('Current password'), 'correct-horse-battery-staple');
    await user.type(screen.getByLabelText('New password'), STRONG);
    await user.type(screen.getByLabelText('New password again'), STRONG);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Password changed.');
    const signIn = await server.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: 'admin', password: STRONG },
    });
    expect(signIn.statusCode).toBe(200);
  });
});
