import type { ReactNode } from 'react';

/** A form's last lines: what went wrong (announced), then its submit button, disabled while busy. */
export function FormSubmit({
  error,
  isBusy,
  children,
}: {
  error: string | null;
  isBusy: boolean;
  children: ReactNode;
}) {
  return (
    <>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={isBusy}>
        {children}
      </button>
    </>
  );
}
