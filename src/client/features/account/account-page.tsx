import { useState } from 'react';
import { RequireRole } from '../../session/require-role';
import { ChangePasswordForm } from '../../session/change-password-form';
import { passwordMessages } from '../../session/password-messages';
import { useMessages } from '../../ui/messages';

/** /account: a signed-in supervisor's or admin's own account: their password. */
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
    </div>
  );
}
