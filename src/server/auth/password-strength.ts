import zxcvbn from '@zxcvbn-ts/core';
import common from '@zxcvbn-ts/language-common';

// Server only: the estimator and its dictionaries (~1 MB) never reach the tablet's bundle.
const estimator = new zxcvbn.ZxcvbnFactory({
  dictionary: { ...common.dictionary },
  graphs: common.adjacencyGraphs,
});

/** zxcvbn's scale is 0..4; 3 is "safely unguessable" for an online attack with throttling. */
const MIN_SCORE = 3;
export const MIN_PASSWORD_LENGTH = 12;

/** Why zxcvbn's warning makes a password guessable, in words a person can act on. */
function reasonOf(warning: string | null): string {
  switch (warning) {
    case 'userInputs':
      return 'it contains the username';
    case 'simpleRepeat':
    case 'extendedRepeat':
      return 'it repeats the same characters or words';
    case 'sequences':
    case 'straightRow':
    case 'keyPattern':
      return 'it follows a keyboard row or a sequence';
    case 'dates':
    case 'recentYears':
      return 'it is built on a date or a year';
    // No warning, or one of the dictionary kinds.
    case null:
    default:
      return 'it is one of the commonly used passwords or close to one';
  }
}

/**
 * Undefined when the password is long and hard enough to guess; otherwise the reason, ready to
 * show. Checked on the server wherever a password is set: setup, bootstrap, new users, changes.
 */
export function passwordProblem(password: string, username: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Passwords need at least ${MIN_PASSWORD_LENGTH} characters`;
  }
  const result = estimator.check(password, [username]);
  if (result.score >= MIN_SCORE) return undefined;
  return `This password is too easy to guess: ${reasonOf(result.feedback.warning)}. A few unrelated words together make a good one`;
}
