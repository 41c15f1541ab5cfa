import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { fill } from '../../ui/fill';
import { useMessages } from '../../ui/messages';
import { ServerError } from '../../session/error-words';
import { asError, useAction } from '../../session/use-loaded';
import { directoryMessages } from './messages';

interface Props<T extends FieldValues> {
  title: string;
  form: UseFormReturn<T>;
  /** Save the checked values; a failure is shown in the form, what was typed stays. */
  save: (values: T) => Promise<void>;
  onCancel: () => void;
  children: ReactNode;
}

/** The frame of a directory edit form: its heading, the fields, what went wrong, Save and Cancel. */
export function EntryForm<T extends FieldValues>({ title, form, save, onCancel, children }: Props<T>) {
  const t = useMessages(directoryMessages);
  const [failure, setFailure] = useState<Error | null>(null);
  const act = useAction();
  const { handleSubmit, formState } = form;
  // Edit replaced its button with this form: the focus goes to the form's heading.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function submit(values: T) {
    try {
      await act(() => save(values));
    } catch (caught) {
      setFailure(asError(caught));
    }
  }

  return (
    <form
      className="directory-form"
      aria-label={fill(t.editing, { name: title })}
      onSubmit={(event) => void handleSubmit(submit)(event)}
      noValidate
    >
      <h3 ref={headingRef} tabIndex={-1}>
        {fill(t.editing, { name: title })}
      </h3>
      {children}
      {Object.keys(formState.errors).length > 0 && <p role="alert">{t.fixErrors}</p>}
      {failure && <ServerError lead={t.failed} error={failure} />}
      <p className="form-actions">
        <button
          type="submit"
          className="primary"
          aria-disabled={formState.isSubmitting || undefined}
          onClick={(event) => formState.isSubmitting && event.preventDefault()}
        >
          {t.save}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </p>
    </form>
  );
}
