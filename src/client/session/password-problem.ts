import { ApiError, type ApiErrorCode } from './api-client';
import type { passwordMessages } from './password-messages';

/** The field a refusal concerns; null for the form as a whole. */
export type PasswordField = 'current' | 'new' | 'repeat';
export type PasswordProblem = { field: PasswordField | null; text: string };
type Texts = Record<keyof (typeof passwordMessages)['fi'], string>;

/** The refusals a person can act on, by the field they concern; any other shows the server's words. */
const known: Partial<Record<ApiErrorCode, (t: Texts, message: string) => PasswordProblem>> = {
  // The server's own reason (zxcvbn's, or the length): it says what to change.
  'weak-password': (t, message) => ({ field: 'new', text: `${t.notAccepted} ${message}` }),
  'invalid-body': (t, message) => ({ field: 'new', text: `${t.notAccepted} ${message}` }),
  'same-password': (t) => ({ field: 'new', text: t.sameAsCurrent }),
  'wrong-current-password': (t) => ({ field: 'current', text: t.wrongCurrent }),
  'too-many-login-failures': (t) => ({ field: null, text: t.tooManyAttempts }),
  'too-many-requests': (t) => ({ field: null, text: t.tooManyAttempts }),
  network: (t) => ({ field: null, text: t.offline }),
};

/** Why a password change failed, and which field to show it on. */
export function problemOf(error: unknown, t: Texts): PasswordProblem {
  if (!(error instanceof ApiError)) return { field: null, text: `${t.failed} ${String(error)}` };
  return known[error.code]?.(t, error.message) ?? { field: null, text: `${t.failed} ${error.message}` };
}
