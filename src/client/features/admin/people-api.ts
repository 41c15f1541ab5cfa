import { accountListSchema, sessionListSchema, type Role } from '../../../domain/accounts-api';
import { apiFetch, apiJson } from '../../session/api-client';

const userPath = (username: string) => `/api/v1/users/${encodeURIComponent(username)}`;

/** GET /api/v1/users: every account with its role, points and state. */
export const listUsers = () => apiJson('/api/v1/users', accountListSchema).then((r) => r.users);

/** POST /api/v1/users: an account with a role and, for a supervisor, points. */
export async function createUser(user: {
  username: string;
  password: string;
  role: Role;
  points: string[];
}): Promise<void> {
  await apiFetch('/api/v1/users', { method: 'POST', body: user });
}

/** PATCH /api/v1/users/{username}: role, points or disabled; 409 last-admin when none would be left. */
export async function changeUser(
  username: string,
  change: { role?: Role; points?: string[]; isDisabled?: boolean },
): Promise<void> {
  await apiFetch(userPath(username), { method: 'PATCH', body: change });
}

/** POST /api/v1/users/{username}/password: a password they must change at their next sign-in. */
export async function setPasswordFor(username: string, password: string): Promise<void> {
  await apiFetch(`${userPath(username)}/password`, { method: 'POST', body: { password } });
}

/** GET /api/v1/users/{username}/sessions: their signed-in sessions. */
export const listSessionsOf = (username: string) =>
  apiJson(`${userPath(username)}/sessions`, sessionListSchema).then((r) => r.sessions);

/** DELETE /api/v1/users/{username}/sessions[/{id}]: end one of their sessions, or all. */
export async function endSessionsOf(username: string, sessionId?: string): Promise<void> {
  const path = `${userPath(username)}/sessions${sessionId ? `/${encodeURIComponent(sessionId)}` : ''}`;
  await apiFetch(path, { method: 'DELETE' });
}

/** DELETE /api/v1/users/{username}/second-factor: a lost phone; they sign in with the password alone. */
export async function resetSecondFactorOf(username: string): Promise<void> {
  await apiFetch(`${userPath(username)}/second-factor`, { method: 'DELETE' });
}
