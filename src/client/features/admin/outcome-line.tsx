import { useLayoutEffect, useRef } from 'react';
import { ErrorWords } from '../../session/error-words';

/** What an action came to, in words; a failure also carries what was thrown, worded by `ErrorWords`. */
export interface Outcome {
  isError: boolean;
  text: string;
  error?: unknown;
}

/** A failure as an outcome: the lead ("Toiminto epäonnistui:"), then why, in the page's language. */
export function failureOf(caught: unknown, lead: string): Outcome {
  return { isError: true, text: lead, error: caught };
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
      {outcome.error !== undefined && (
        <>
          {' '}
          <ErrorWords error={outcome.error} />
        </>
      )}
    </p>
  );
}
