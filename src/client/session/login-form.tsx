import { useId, useState } from 'react';
import { InputField } from '../ui/form-field';
import { assertNever } from '../../domain/assert-never';
import { FormSubmit } from '../ui/form-submit';
import { useMessages } from '../ui/messages';
import { useSubmit } from '../ui/use-submit';
import { ApiError } from './api-client';
import { sessionMessages } from './messages';
import { signIn } from './session-store';

/** Username and password; on success the session store says who signed in. */
export function LoginForm() {
  const t = useMessages(sessionMessages);
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { isBusy, error, onSubmit } = useSubmit(
    async () => {
      try {
        await signIn(username, password);
      } catch (caught) {
        setPassword('');
        throw caught;
      }
    },
    (caught) => describe(caught, t),
  );

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

function describe(error: unknown, t: Record<keyof (typeof sessionMessages)['fi'], string>): string {
  if (!(error instanceof ApiError)) return `${t.failed} ${String(error)}`;
  switch (error.code) {
    case 'network':
      return t.offline;
    // The answers a person can act on: retype, or wait.
    case 'bad-credentials':
      return t.wrongCredentials;
    case 'too-many-login-failures':
    case 'too-many-requests':
      return t.tooManyAttempts;
    // Anything else shows the server's words.
    case 'bad-request':
    case 'invalid-body':
    case 'malformed-json':
    case 'unsupported-media-type':
    case 'body-too-large':
    case 'not-found':
    case 'request-failed':
    case 'server-error':
    case 'bad-authorization':
    case 'not-signed-in':
    case 'forbidden':
    case 'people-only':
    case 'device-only':
    case 'no-token':
    case 'unknown-device':
    case 'device-revoked':
    case 'already-set-up':
    case 'bad-setup-code':
    case 'bad-enrolment-code':
    case 'unknown-point':
    case 'point-exists':
    case 'not-your-point':
    case 'no-points':
    case 'future-month':
    case 'username-taken':
    case 'unknown-referral':
    case 'shutting-down':
    case 'database-unavailable':
    case 'metrics-off':
    case 'account-disabled':
    case 'password-change-required':
    case 'weak-password':
    case 'wrong-current-password':
    case 'same-password':
    case 'last-admin':
    case 'unknown-user':
    case 'unknown-session':
    case 'enrolment-code-locked':
    case 'cross-site-request':
    case 'bad-metrics-token':
    case 'unknown-catalogue-version':
    case 'no-draft':
    case 'draft-changed':
    case 'if-match-required':
    case 'draft-has-problems':
    case 'not-xlsx':
    case 'spreadsheet-invalid':
    case 'unknown-municipality':
    case 'unexpected-answer':
      return `${t.failed} ${error.message}`;
    default:
      return assertNever(error.code);
  }
}
