import type { UseFormRegisterReturn } from 'react-hook-form';

interface Props {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
  help?: string;
  type?: 'text' | 'tel' | 'url' | 'number';
}

/** A labelled input with its help and its error, both tied to it for screen readers. */
export function TextField({ id, label, registration, error, help, type = 'text' }: Props) {
  const describedBy = [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <p className="directory-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...registration}
      />
      {help && <small id={`${id}-help`}>{help}</small>}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </p>
  );
}
