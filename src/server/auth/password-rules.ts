import { errorCodes } from '../../domain/error-codes';
import { HttpError } from '../http/http-error';
import { passwordProblem } from './password-strength';

/** Refuse a weak password with the reason (400 weak-password); nothing is stored. */
export function requireStrongPassword(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new HttpError(400, errorCodes.weakPassword, problem);
}
