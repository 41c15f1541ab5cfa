import { useMessages } from '../ui/messages';
import { ChangePasswordForm } from './change-password-form';
import { passwordMessages } from './password-messages';
import { loadSession } from './session-store';

/** An admin set this person's password: they choose their own before anything else, then go on. */
export function ForcedPasswordChange({ knownPassword }: { knownPassword?: string }) {
  const t = useMessages(passwordMessages);
  return (
    <ChangePasswordForm
      title={t.forcedTitle}
      intro={<p>{t.forcedHelp}</p>}
      submitText={t.changeAndContinue}
      knownPassword={knownPassword}
      onChanged={loadSession}
    />
  );
}
