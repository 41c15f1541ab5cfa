import type { ReactNode } from 'react';
import { ApiError, type ApiErrorCode } from './api-client';
import { ErrorWords } from './error-words';
import type { passwordMessages } from './password-messages';

/** The field a refusal concerns; null for the form as a whole. */
export type PasswordField = 'current' | 'new' | 'repeat';
export type PasswordProblem = { field: PasswordField | null; text: ReactNode };
type Texts = Record<keyof (typeof passwordMessages)['fi'], string>;

/** The refusals a person can act on, by the field they concern; any other is worded by `ErrorWords`. */
const known: Partial<Record<ApiErrorCode, (t: Texts, error: ApiError) => PasswordProblem>> = {
  // What to change, with the server's own reason (zxcvbn's, or the length) as details.
  'weak-password': (_, error) => ({ field: 'new', text: <ErrorWords error={error} /> }),
  'invalid-body': (_, error) => ({ field: 'new', text: <ErrorWords error={error} /> }),
  'same-password': (t) => ({ field: 'new', text: t.sameAsCurrent }),
  'wrong-current-password': (t) => ({ field: 'current', text: t.wrongCurrent }),
  'too-many-login-failures': (t) => ({ field: null, text: t.tooManyAttempts }),
  'too-many-requests': (t) => ({ field: null, text: t.tooManyAttempts }),
  network: (t) => ({ field: null, text: t.offline }),
};

/** Why a password change failed, and which field to show it on. */
export function problemOf(error: unknown, t: Texts): PasswordProblem {
  const found = error instanceof ApiError ? known[error.code]?.(t, error) : undefined;
  return (
    found ?? {
      field: null,
      text: (
        <>
          {t.failed} <ErrorWords error={error} />
        </>
      ),
    }
  );
}
