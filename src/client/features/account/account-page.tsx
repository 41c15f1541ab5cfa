import { useId, useState } from 'react';
import { RequireRole } from '../../session/require-role';
import { ChangePasswordForm } from '../../session/change-password-form';
import { passwordMessages } from '../../session/password-messages';
import { secondFactorMessages } from '../../session/second-factor-messages';
import { SecondFactorSetup } from '../../session/second-factor-setup';
import { loadSession, useSessionStore } from '../../session/session-store';
import { useMessages } from '../../ui/messages';

/** /account: a signed-in supervisor's or admin's own account: their password and second factor. */
export function AccountPage() {
  return (
    <RequireRole roles={['admin', 'supervisor']}>
      <OwnAccount />
    </RequireRole>
  );
}

function OwnAccount() {
  const t = useMessages(passwordMessages);
  const [isChanged, setIsChanged] = useState(false);
  return (
    <div className="account-page">
      <h1>{t.myAccount}</h1>
      <ChangePasswordForm title={t.changeTitle} submitText={t.change} onChanged={() => setIsChanged(true)} />
      {isChanged && <p role="status">{t.changed}</p>}
      <SecondFactorSection />
    </div>
  );
}

/** On, or a way to turn it on (supervisors opt in; admins have one wherever it is required). */
function SecondFactorSection() {
  const t = useMessages(secondFactorMessages);
  const id = useId();
  const hasSecondFactor = useSessionStore((s) => s.session?.hasSecondFactor === true);
  if (!hasSecondFactor) {
    return <SecondFactorSetup title={t.optInTitle} intro={t.optInIntro} onDone={() => void loadSession()} />;
  }
  return (
    <section className="login-form" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.optInTitle}</h2>
      <p>{t.isOn}</p>
    </section>
  );
}
