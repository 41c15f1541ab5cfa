import { useEffect, useState } from 'react';

/**
 * False until the page has first been idle after it started (at most 2 s): for work that must
 * not hold up the desk on a cold start, such as registering the service worker.
 */
export function useIsIdle(): boolean {
  const [isIdle, setIsIdle] = useState(false);
  useEffect(() => {
    const becomeIdle = () => setIsIdle(true);
    // Safari has no requestIdleCallback.
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(becomeIdle, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(becomeIdle, 1000);
    return () => clearTimeout(timer);
  }, []);
  return isIdle;
}
