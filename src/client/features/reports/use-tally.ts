import { useEffect, useState } from 'react';
import { asError, signOutIfSessionGone } from '../../session/use-loaded';
import { fetchTally, type Tally, type TallyQuery } from './reports-api';

type Answer = { query: TallyQuery; tally: Tally | undefined; error: Error | null };

/**
 * The tally for a query (memoised by the caller), fetched again whenever the query changes; an
 * older answer arriving late is dropped (aborted). While a new query is on its way the last tally
 * stays on screen, marked as loading. A 401 means the session ended: back to the sign-in form.
 */
export function useTally(query: TallyQuery | null): {
  tally: Tally | undefined;
  error: Error | null;
  isLoading: boolean;
} {
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (!query) return;
    const controller = new AbortController();
    fetchTally(query, controller.signal).then(
      (tally) => !controller.signal.aborted && setAnswer({ query, tally, error: null }),
      (caught: unknown) => {
        if (controller.signal.aborted) return;
        signOutIfSessionGone(caught);
        const error = asError(caught);
        setAnswer((last) => ({ query, tally: last?.tally, error }));
      },
    );
    return () => controller.abort();
  }, [query]);
  return {
    tally: answer?.tally,
    error: answer?.query === query ? answer.error : null,
    isLoading: query !== null && answer?.query !== query,
  };
}
