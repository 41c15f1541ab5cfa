import { useCallback, useEffect, useState } from 'react';
import { ApiError, isSessionGone } from './api-client';
import { markSignedOut } from './session-store';

type Loaded<T> = { data: T | undefined; error: string | null };

/** Data fetched from the API with a way to fetch it again after a change; the error as words. */
export function useLoaded<T>(load: () => Promise<T>) {
  const [state, setState] = useState<Loaded<T>>({ data: undefined, error: null });
  const fetchInto = useCallback(
    () =>
      load().then(
        (data) => setState({ data, error: null }),
        (caught: unknown) => setState((previous) => ({ data: previous.data, error: errorText(caught) })),
      ),
    [load],
  );
  useEffect(() => {
    void fetchInto();
  }, [fetchInto]);
  return { ...state, reload: fetchInto };
}

/**
 * The words of an API error (the server's message), or the thrown value as text. A 401 means the
 * session ended (expired, or signed out in another tab): the page falls back to the sign-in form.
 */
export function errorText(caught: unknown): string {
  if (isSessionGone(caught)) markSignedOut();
  return caught instanceof ApiError ? caught.message : String(caught);
}
