import type { ReactNode } from 'react';

/**
 * A form's last lines: what went wrong (announced), then its submit button. While busy the button
 * is `aria-disabled`, not `disabled`: a disabled button drops keyboard focus to the page's body.
 */
export function FormSubmit({
  error,
  isBusy,
  children,
}: {
  error: ReactNode;
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
      <div className="form-actions">
        <button
          type="submit"
          className="primary"
          aria-disabled={isBusy || undefined}
          onClick={(event) => isBusy && event.preventDefault()}
        >
          {children}
        </button>
      </div>
    </>
  );
}
