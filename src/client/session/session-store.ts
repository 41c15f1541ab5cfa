import { create } from 'zustand';
import { sessionSchema, signInAnswerSchema, type Session } from '../../domain/accounts-api';
import { ApiError, apiFetch, apiJson, isSessionGone } from './api-client';

type SessionStatus = 'unknown' | 'loading' | 'signed-out' | 'signed-in';

interface SessionState {
  status: SessionStatus;
  session: Session | null;
  /** Set when loading the session failed for a reason other than "not signed in" (e.g. offline). */
  loadError: ApiError | null;
}

/** Who is signed in on this browser; UI state only, the cookie is the credential. */
export const useSessionStore = create<SessionState>()(() => ({
  status: 'unknown',
  session: null,
  loadError: null,
}));

/** Ask the server who is signed in (GET /api/v1/session); 401 means signed out. */
export async function loadSession(): Promise<void> {
  useSessionStore.setState({ status: 'loading', loadError: null });
  try {
    const session = await apiJson('/api/v1/session', sessionSchema);
    useSessionStore.setState({ status: 'signed-in', session, loadError: null });
  } catch (error) {
    const apiError = error instanceof ApiError ? error : new ApiError('unexpected-answer', String(error));
    // A role this page does not serve counts as signed out too: the sign-in form is the way on.
    const isSignedOut = isSessionGone(apiError) || apiError.code === 'forbidden';
    useSessionStore.setState({
      status: 'signed-out',
      session: null,
      loadError: isSignedOut ? null : apiError,
    });
  }
}

/**
 * Sign in (POST /api/v1/session), with the second factor's code once asked for (ApiError
 * second-factor-required); throws ApiError (bad-credentials, too-many-login-failures). Loads
 * who we are, unless an admin set the password: then the caller asks for a new one first.
 */
export async function signIn(
  username: string,
  password: string,
  code?: string,
): Promise<{ mustChangePassword: boolean }> {
  const answer = await apiJson('/api/v1/session', signInAnswerSchema, {
    method: 'POST',
    body: { username, password, ...(code !== undefined && { code }) },
  });
  const mustChangePassword = answer.mustChangePassword === true;
  if (!mustChangePassword) await loadSession();
  return { mustChangePassword };
}

/** Change one's own password (PUT /api/v1/session/password); this session stays, the others end. */
export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  await apiFetch('/api/v1/session/password', { method: 'PUT', body: { currentPassword, newPassword } });
}

/** Sign out (DELETE /api/v1/session); the local state is cleared even if the server is unreachable. */
export async function signOut(): Promise<void> {
  try {
    await apiFetch('/api/v1/session', { method: 'DELETE' });
  } finally {
    useSessionStore.setState({ status: 'signed-out', session: null, loadError: null });
  }
}

/** The server said the session is gone (a 401 on a signed-in call): show the sign-in form again. */
export function markSignedOut(): void {
  useSessionStore.setState({ status: 'signed-out', session: null, loadError: null });
}
