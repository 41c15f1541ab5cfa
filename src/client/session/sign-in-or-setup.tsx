import { useEffect, useState } from 'react';
import { setupStatusSchema } from '../../domain/accounts-api';
import { apiJson } from './api-client';
import { LoginForm } from './login-form';
import { SetupForm } from './setup-form';

/** The sign-in form, or on a new server that has no admin yet, the form that creates the first one. */
export function SignInOrSetup() {
  const [isSetupNeeded, setIsSetupNeeded] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    // Offline or an older server: fall back to the sign-in form, which says what went wrong.
    apiJson('/api/v1/setup', setupStatusSchema)
      .then((status) => isCurrent && setIsSetupNeeded(status.isNeeded))
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, []);
  return isSetupNeeded ? <SetupForm /> : <LoginForm />;
}
