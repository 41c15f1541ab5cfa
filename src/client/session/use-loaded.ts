import { useCallback, useEffect, useState } from 'react';
import { isSessionGone } from './api-client';
import { markSignedOut } from './session-store';

/** The error is kept as thrown, so the page words it in its current language (`ServerError`). */
type Loaded<T> = { data: T | undefined; error: Error | null };

/**
 * Data fetched from the API with a way to fetch it again after a change, or why it failed. An
 * ended session (expired, or signed out in another tab) signs out: the page falls back to sign-in.
 */
export function useLoaded<T>(load: () => Promise<T>) {
  const [state, setState] = useState<Loaded<T>>({ data: undefined, error: null });
  const fetchInto = useCallback(
    () =>
      load().then(
        (data) => setState({ data, error: null }),
        (caught: unknown) => {
          signOutIfSessionGone(caught);
          setState((previous) => ({ data: previous.data, error: asError(caught) }));
        },
      ),
    [load],
  );
  useEffect(() => {
    void fetchInto();
  }, [fetchInto]);
  return { ...state, reload: fetchInto };
}

/**
 * A person's action (a form or button): `act(call)` runs the call and passes its result or failure
 * on to the caller, but an ended session first signs out, so the page falls back to sign-in.
 */
export function useAction(): <T>(call: () => Promise<T>) => Promise<T> {
  return useCallback(async <T>(call: () => Promise<T>) => {
    try {
      return await call();
    } catch (caught) {
      signOutIfSessionGone(caught);
      throw caught;
    }
  }, []);
}

/** For loading and submitting hooks: an answer saying the session is over shows the sign-in form. */
export function signOutIfSessionGone(caught: unknown): void {
  if (isSessionGone(caught)) markSignedOut();
}

/** What was thrown, as an Error (an `ApiError` as it is). */
export function asError(caught: unknown): Error {
  return caught instanceof Error ? caught : new Error(String(caught));
}
