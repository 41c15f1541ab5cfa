import { useId, useState } from 'react';
import { InputField } from '../ui/form-field';
import { FormSubmit } from '../ui/form-submit';
import { useMessages } from '../ui/messages';
import { useSubmit } from '../ui/use-submit';
import { apiFetch } from './api-client';
import { ErrorWords } from './error-words';
import { sessionMessages } from './messages';
import { signIn } from './session-store';

/**
 * First start of a server with no admin: the one-time code the server printed, and the new
 * admin's username and password. On success the new admin is signed in.
 */
export function SetupForm() {
  const t = useMessages(sessionMessages);
  const id = useId();
  const [code, setCode] = useState('');
  const [username, setUsername] = useState('admin');
  const [password, setPassword] = useState('');
  const { isBusy, error, onSubmit } = useSubmit(
    async () => {
      await apiFetch('/api/v1/setup', { body: { code, username, password } });
      await signIn(username, password);
    },
    (caught) => <ErrorWords error={caught} />,
  );

  return (
    <form className="login-form" onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.setupTitle}</h2>
      <InputField
        label={t.setupCode}
        help={t.setupHelp}
        name="code"
        autoComplete="off"
        isRequired
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <InputField
        label={t.username}
        name="username"
        autoComplete="username"
        isRequired
        minLength={2}
        value={username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <InputField
        label={t.newPassword}
        name="password"
        type="password"
        autoComplete="new-password"
        isRequired
        minLength={12}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <FormSubmit error={error} isBusy={isBusy}>
        {t.setupCreate}
      </FormSubmit>
    </form>
  );
}
