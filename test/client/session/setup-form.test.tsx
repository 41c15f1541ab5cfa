import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RequireRole } from '../../../src/client/session/require-role';
import { useSessionStore } from '../../../src/client/session/session-store';
import { useLangStore } from '../../../src/client/ui/lang-store';

/** A new server: no admin until the right setup code comes with a username and password. */
function newServer(setupCode: string) {
  let admin: { username: string; password: string } | null = null;
  let isSignedIn = false;
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  return vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, string>) : {};
    if (url === '/api/v1/setup' && method === 'GET') return json(200, { isNeeded: admin === null });
    if (url === '/api/v1/setup' && method === 'POST') {
      if (body.code !== setupCode)
        return json(401, {
          error: 'bad-setup-code',
          message: 'The setup code is wrong; use the code the server printed when it started',
        });
      admin = { username: body.username!, password: body.password! };
      return json(201, { username: admin.username, role: 'admin' });
    }
    if (url === '/api/v1/session' && method === 'POST') {
      isSignedIn = admin !== null && body.username === admin.username && body.password === admin.password;
      return isSignedIn
        ? json(200, { token: 't', role: 'admin' })
        : json(401, { error: 'bad-credentials', message: 'Wrong.' });
    }
    if (url === '/api/v1/session') {
      return isSignedIn
        ? json(200, { role: 'admin', username: admin!.username, points: [] })
        : json(401, { error: 'not-signed-in', message: 'Sign in first.' });
    }
    return json(404, { error: 'not-found', message: url });
  });
}

describe('first start of a server without an admin', () => {
  beforeEach(() => {
    useSessionStore.setState({ status: 'unknown', session: null, loadError: null });
    useLangStore.setState({ lang: 'en' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('offers the setup form, says when the code is wrong, and signs the new admin in', async () => {
    vi.stubGlobal('fetch', newServer('K7M2Q9XZ'));
    const user = userEvent.setup();
    render(
      <RequireRole roles={['admin']}>
        <h1>Admin</h1>
      </RequireRole>,
    );
    expect(await screen.findByRole('heading', { name: 'Create the first admin' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Setup code'), 'WRONG123');
    await user.type(screen.getByLabelText('New password (at least 12 characters)'), 'a long enough password');
    await user.click(screen.getByRole('button', { name: 'Create admin' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The setup code is wrong');
    expect(screen.queryByRole('heading', { name: 'Admin' })).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText('Setup code'));
    await user.type(screen.getByLabelText('Setup code'), 'K7M2Q9XZ');
    await user.click(screen.getByRole('button', { name: 'Create admin' }));
    expect(await screen.findByRole('heading', { name: 'Admin' })).toBeInTheDocument();
  });
});
