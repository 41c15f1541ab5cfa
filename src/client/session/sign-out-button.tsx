import { useMessages } from '../ui/messages';
import { sessionMessages } from './messages';
import { signOut, useSessionStore } from './session-store';

/** Who is signed in, and a button to sign out. */
export function SignOutButton() {
  const t = useMessages(sessionMessages);
  const username = useSessionStore((s) => s.session?.username);
  if (!username) return null;
  return (
    <p className="session-bar">
      {t.signedInAs} <strong>{username}</strong>{' '}
      <button type="button" onClick={() => void signOut()}>
        {t.signOut}
      </button>
    </p>
  );
}
