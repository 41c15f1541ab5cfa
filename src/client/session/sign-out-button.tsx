import { AppLink } from '../ui/app-link';
import { useMessages } from '../ui/messages';
import { sessionMessages } from './messages';
import { passwordMessages } from './password-messages';
import { signOut, useSessionStore } from './session-store';

/** Who is signed in, a link to their own account (password, second factor), and a button to sign out. */
export function SignOutButton() {
  const t = useMessages(sessionMessages);
  const p = useMessages(passwordMessages);
  const username = useSessionStore((s) => s.session?.username);
  if (!username) return null;
  return (
    <p className="session-bar">
      {t.signedInAs} <strong>{username}</strong> <AppLink to="/account">{p.myAccount}</AppLink>{' '}
      <button type="button" onClick={() => void signOut()}>
        {t.signOut}
      </button>
    </p>
  );
}
