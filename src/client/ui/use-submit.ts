import { useState, type FormEvent, type ReactNode } from 'react';

/**
 * A form's submit: busy (the button aria-disabled) while `action` runs, and its failure in words a
 * person can act on. `stayBusy`: the page moves on after success, so the form is not sent twice.
 */
export function useSubmit(
  action: () => Promise<void>,
  describeError: (error: unknown) => ReactNode,
  { stayBusy = false } = {},
): { isBusy: boolean; error: ReactNode; onSubmit: (event: FormEvent) => void } {
  const [error, setError] = useState<ReactNode>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function submit() {
    setIsBusy(true);
    setError(null);
    try {
      await action();
      if (!stayBusy) setIsBusy(false);
    } catch (caught) {
      setError(describeError(caught));
      setIsBusy(false);
    }
  }

  return {
    isBusy,
    error,
    onSubmit: (event) => {
      event.preventDefault();
      // The button stays focusable while busy (aria-disabled), so Enter could send the form twice.
      if (!isBusy) void submit();
    },
  };
}
