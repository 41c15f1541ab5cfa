import { useRef, useState, type FormEvent } from 'react';
import { fill } from '../../ui/fill';
import { InputField } from '../../ui/form-field';
import { useMessages } from '../../ui/messages';
import { useAction } from '../../session/use-loaded';
import { ApiError } from '../../session/api-client';
import { ErrorWords } from '../../session/error-words';
import type { AccountInfo } from '../../../domain/accounts-api';
import { adminMessages } from './messages';
import { OutcomeLine, failureOf, type Outcome } from './outcome-line';
import { setPasswordFor } from './people-api';
import { peopleMessages } from './people-messages';

/** An admin sets a new password for someone, who must change it at their next sign-in. */
export function SetPasswordForm({ user, onChanged }: { user: AccountInfo; onChanged: () => Promise<void> }) {
  const t = useMessages(peopleMessages);
  const act = useAction();
  const a = useMessages(adminMessages);
  const input = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<unknown>();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    try {
      await act(() => setPasswordFor(user.username, password));
      setPassword('');
      setFieldError(undefined);
      setOutcome({ isError: false, text: fill(t.passwordSet, { user: user.username }) });
      await onChanged();
    } catch (caught) {
      // The server says why a password will not do (too short, common, like the username): beside the field.
      if (caught instanceof ApiError && (caught.code === 'weak-password' || caught.code === 'invalid-body')) {
        setFieldError(caught);
        input.current?.focus();
      } else {
        setFieldError(undefined);
        setOutcome(failureOf(caught, a.failed));
      }
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="admin-form">
      <h4>{t.newPassword}</h4>
      <InputField
        ref={input}
        label={t.newPassword}
        help={t.newPasswordHelp}
        error={fieldError !== undefined && <ErrorWords error={fieldError} />}
        type="password"
        isRequired
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <OutcomeLine outcome={outcome} />
      <div className="form-actions">
        <button type="submit">{t.setPassword}</button>
      </div>
    </form>
  );
}
