import { ApiError } from '../../session/api-client';
import { markSignedOut } from '../../session/session-store';

/** The words of an API error; a 401 means the session ended, so the page falls back to sign-in. */
export function errorText(caught: unknown): string {
  if (caught instanceof ApiError && caught.status === 401) markSignedOut();
  return caught instanceof ApiError ? caught.message : String(caught);
}
