import { useLayoutEffect, useRef } from 'react';
import { ApiError } from '../../session/api-client';
import { errorText } from '../../session/use-loaded';

/** What an action came to, in words. */
export interface Outcome {
  isError: boolean;
  text: string;
}

/** A failure as an outcome: the last admin's refusal in the admin's language, else the server's words. */
export function failureOf(caught: unknown, t: { lastAdmin: string }, lead: string): Outcome {
  if (caught instanceof ApiError && caught.code === 'last-admin') return { isError: true, text: t.lastAdmin };
  return { isError: true, text: `${lead} ${errorText(caught)}` };
}

/**
 * The outcome of the last action, announced and focused: a button that did its work may be gone
 * (Disable becomes Enable), so keyboard and screen-reader users land on what happened instead.
 * A layout effect, so the focus has moved by the time anyone can see the line.
 */
export function OutcomeLine({ outcome }: { outcome: Outcome | null }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (outcome) ref.current?.focus();
  }, [outcome]);
  if (!outcome) return null;
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role={outcome.isError ? 'alert' : 'status'}
      className={outcome.isError ? 'error' : undefined}
    >
      {outcome.text}
    </p>
  );
}
