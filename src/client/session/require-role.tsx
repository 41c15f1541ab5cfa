import { useEffect, type ReactNode } from 'react';
import { useMessages } from '../ui/messages';
import { SignInOrSetup } from './sign-in-or-setup';
import { sessionMessages } from './messages';
import type { Role } from '../../domain/accounts-api';
import { loadSession, signOut, useSessionStore } from './session-store';
import { SignOutButton } from './sign-out-button';
import { ForcedPasswordChange } from './forced-password-change';
import { ForcedSecondFactor } from './forced-second-factor';

/**
 * Shows `children` only to a signed-in person with one of `roles`; otherwise the sign-in form
 * (or, for a person with another role, a plain "no access" with a way to sign out).
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const t = useMessages(sessionMessages);
  const status = useSessionStore((s) => s.status);
  const session = useSessionStore((s) => s.session);

  useEffect(() => {
    if (useSessionStore.getState().status === 'unknown') void loadSession();
  }, []);

  if (status === 'unknown' || status === 'loading') return <p role="status">{t.checking}</p>;
  if (status === 'signed-out' || !session) return <SignInOrSetup />;
  if (session.mustChangePassword || session.mustEnrolSecondFactor) {
    return (
      <>
        <SignOutButton />
        {session.mustChangePassword ? <ForcedPasswordChange /> : <ForcedSecondFactor />}
      </>
    );
  }
  if (!roles.includes(session.role)) {
    return (
      <section>
        <p role="alert">{t.notAllowed}</p>
        <button type="button" onClick={() => void signOut()}>
          {t.signOut}
        </button>
      </section>
    );
  }
  return (
    <>
      <SignOutButton />
      {children}
    </>
  );
}
