import { useId, useRef, useState } from 'react';
import { InputField } from '../ui/form-field';
import { FormSubmit } from '../ui/form-submit';
import { useMessages } from '../ui/messages';
import { useSubmit } from '../ui/use-submit';
import { ApiError } from './api-client';
import { ErrorWords } from './error-words';
import { ForcedPasswordChange } from './forced-password-change';
import { sessionMessages } from './messages';
import { secondFactorMessages } from './second-factor-messages';
import { signIn } from './session-store';

/**
 * Username and password, then the second factor's code when the account has one; on success the
 * session store says who signed in. A person whose password an admin set chooses their own here
 * first (the one just typed counts as the current one).
 */
export function LoginForm() {
  const t = useMessages(sessionMessages);
  const f = useMessages(secondFactorMessages);
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [isCodeAsked, setIsCodeAsked] = useState(false);
  const [codeError, setCodeError] = useState<string | undefined>();
  const codeRef = useRef<HTMLInputElement>(null);
  const [mustChangePassword, setMustChangePassword] = useState(false);
  const { isBusy, error, onSubmit } = useSubmit(
    async () => {
      setCodeError(undefined);
      try {
        const answer = await signIn(username, password, isCodeAsked ? code.trim() : undefined);
        setMustChangePassword(answer.mustChangePassword);
      } catch (caught) {
        const codeOf = caught instanceof ApiError ? caught.code : undefined;
        // The password was right: the account has a second factor, so ask for its code.
        if (codeOf === 'second-factor-required') return setIsCodeAsked(true);
        if (codeOf === 'bad-second-factor-code') {
          setCode('');
          setCodeError(f.wrongCode);
          codeRef.current?.focus();
          return;
        }
        if (!isCodeAsked) setPassword('');
        throw caught;
      }
    },
    // Worded in the page's language: wrong password, too many tries, no connection, …
    (caught) => <ErrorWords error={caught} />,
  );
  const startAgain = () => {
    setIsCodeAsked(false);
    setPassword('');
    setCode('');
    setCodeError(undefined);
  };

  if (mustChangePassword) return <ForcedPasswordChange knownPassword={password} />;
  if (isCodeAsked) {
    return (
      <form className="login-form" onSubmit={onSubmit} aria-labelledby={`${id}-code`}>
        <h2 id={`${id}-code`}>{f.codeTitle}</h2>
        <p>{f.codeIntro}</p>
        <InputField
          ref={codeRef}
          label={f.code}
          help={f.codeHelp}
          name="code"
          autoComplete="one-time-code"
          autoFocus
          isRequired
          error={codeError}
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
        <FormSubmit error={error} isBusy={isBusy}>
          {isBusy ? t.signingIn : t.signIn}
        </FormSubmit>
        <button type="button" onClick={startAgain}>
          {f.startAgain}
        </button>
      </form>
    );
  }
  return (
    <form className="login-form" onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.title}</h2>
      <InputField
        label={t.username}
        name="username"
        autoComplete="username"
        isRequired
        value={username}
        onChange={(event) => setUsername(event.target.value)}
      />
      <InputField
        label={t.password}
        name="password"
        type="password"
        autoComplete="current-password"
        isRequired
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <FormSubmit error={error} isBusy={isBusy}>
        {isBusy ? t.signingIn : t.signIn}
      </FormSubmit>
    </form>
  );
}
