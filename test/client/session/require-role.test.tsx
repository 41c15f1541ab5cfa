import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RequireRole } from '../../../src/client/session/require-role';
import { useSessionStore } from '../../../src/client/session/session-store';
import { useLangStore } from '../../../src/client/ui/lang-store';

/** A fake server for the session routes: one account, a cookie flag, and a failure counter. */
function fakeSessionServer(account: { username: string; password: string; role: string }) {
  let isSignedIn = false;
  let failures = 0;
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  return vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    expect(init?.credentials).toBe('same-origin');
    if (url === '/api/v1/session' && method === 'GET') {
      return isSignedIn
        ? json(200, { role: account.role, username: account.username, points: [] })
        : json(401, { error: 'not-signed-in', message: 'Sign in first.' });
    }
    if (url === '/api/v1/session' && method === 'POST') {
      const body = JSON.parse(String(init?.body)) as { username: string; password: string };
      if (failures >= 3) return json(429, { error: 'too-many-login-failures', message: 'Wait.' });
      if (body.username === account.username && body.password === account.password) {
        isSignedIn = true;
        return json(200, { token: 't', role: account.role });
      }
      failures += 1;
      return json(401, { error: 'bad-credentials', message: 'Wrong.' });
    }
    if (url === '/api/v1/session' && method === 'DELETE') {
      isSignedIn = false;
      return new Response(null, { status: 204 });
    }
    return json(404, { error: 'not-found', message: url });
  });
}

describe('RequireRole', () => {
  beforeEach(() => {
    useSessionStore.setState({ status: 'unknown', session: null, loadError: null });
    useLangStore.setState({ lang: 'en' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the sign-in form, says when the password is wrong, and shows the page after signing in', async () => {
    vi.stubGlobal(
      'fetch',
      fakeSessionServer({ username: 'sanna', password: 'secret-words', role: 'supervisor' }),
    );
    const user = userEvent.setup();
    render(
      <RequireRole roles={['supervisor', 'admin']}>
        <h1>Tallies</h1>
      </RequireRole>,
    );
    await user.type(await screen.findByLabelText('Username'), 'sanna');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The username or password is wrong.');
    expect(screen.queryByRole('heading', { name: 'Tallies' })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Password'), 'secret-words');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Tallies' })).toBeInTheDocument();
    expect(screen.getByText('sanna')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByLabelText('Username')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Tallies' })).not.toBeInTheDocument();
  });

  it('says to wait after too many failed attempts', async () => {
    vi.stubGlobal('fetch', fakeSessionServer({ username: 'a', password: 'b', role: 'admin' }));
    const user = userEvent.setup();
    render(
      <RequireRole roles={['admin']}>
        <h1>Admin</h1>
      </RequireRole>,
    );
    await screen.findByLabelText('Username');
    for (let i = 0; i < 4; i += 1) {
      await user.clear(screen.getByLabelText('Username'));
      await user.type(screen.getByLabelText('Username'), 'a');
      await user.type(screen.getByLabelText('Password'), 'nope');
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      await screen.findByRole('alert');
    }
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Too many failed sign-ins. Wait a few minutes and try again.',
    );
  });

  it('says in Finnish, not in the server’s English, that the password is wrong', async () => {
    useLangStore.setState({ lang: 'fi' });
    vi.stubGlobal('fetch', fakeSessionServer({ username: 'sanna', password: 'salasana', role: 'admin' }));
    const user = userEvent.setup();
    render(
      <RequireRole roles={['admin']}>
        <h1>Ylläpito</h1>
      </RequireRole>,
    );
    await user.type(await screen.findByLabelText('Käyttäjätunnus'), 'sanna');
    await user.type(screen.getByLabelText('Salasana'), 'väärä');
    await user.click(screen.getByRole('button', { name: 'Kirjaudu' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Käyttäjätunnus tai salasana on väärin. Tarkista ne ja yritä uudelleen.');
    expect(alert).not.toHaveTextContent('Wrong.');
  });

  it('keeps a supervisor out of an admin-only page', async () => {
    vi.stubGlobal('fetch', fakeSessionServer({ username: 's', password: 'p', role: 'supervisor' }));
    const user = userEvent.setup();
    render(
      <RequireRole roles={['admin']}>
        <h1>Admin</h1>
      </RequireRole>,
    );
    await user.type(await screen.findByLabelText('Username'), 's');
    await user.type(screen.getByLabelText('Password'), 'p');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('no access');
    expect(screen.queryByRole('heading', { name: 'Admin' })).not.toBeInTheDocument();
  });
});
