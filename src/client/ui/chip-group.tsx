import { useId, type ReactNode } from 'react';
import { Chip, type ChipBinding } from './chip';
import { requiredText } from './form-field';
import { useLang } from './lang-store';

export interface ChipOption {
  value: string;
  label: string;
  /** A code the catalogue no longer offers, still chosen on an older form: drawn apart, can be unticked. */
  isRetired?: boolean;
  /** The label's own language, when it is not the page's (a language's name in itself). */
  lang?: string;
}

/** A row of chips for one question. */
export function ChipRow({
  type,
  options,
  binding,
}: {
  type: 'radio' | 'checkbox';
  options: readonly ChipOption[];
  binding: ChipBinding;
}) {
  return (
    <div className="chip-row">
      {options.map((option) => (
        <Chip
          key={option.value}
          type={type}
          name={binding.name}
          value={option.value}
          label={option.label}
          isRetired={option.isRetired}
          checked={binding.chosen.includes(option.value)}
          onToggle={binding.onToggle}
        />
      ))}
    </div>
  );
}

/**
 * A question as a fieldset: its legend names the group for assistive technology; the error says
 * how to fix it. A required question (one radio to pick) is a radio group marked required on screen
 * and to screen readers, and invalid while its error shows.
 */
export function ChipGroup({
  legend,
  error,
  isRequired,
  className,
  children,
}: {
  legend: string;
  error?: string | undefined;
  isRequired?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const lang = useLang();
  const errorId = useId();
  return (
    <fieldset
      className={className ? `chip-group ${className}` : 'chip-group'}
      role={isRequired ? 'radiogroup' : undefined}
      aria-required={isRequired || undefined}
      aria-invalid={isRequired && error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>
        {legend}
        {isRequired && (
          <span aria-hidden="true" className="required-mark">
            {` (${requiredText[lang]})`}
          </span>
        )}
      </legend>
      {children}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
