import { useEffect, useState } from 'react';

/**
 * False until the frame after the component first rendered: for what can come a moment after the
 * rest, so that on a cold start the first frame is drawn sooner.
 */
export function useIsDrawn(): boolean {
  const [isDrawn, setIsDrawn] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setIsDrawn(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return isDrawn;
}
