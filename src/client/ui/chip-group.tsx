import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Chip } from './chip';

export interface ChipOption {
  value: string;
  label: string;
}

/** A row of chips for one question. */
export function ChipRow({
  type,
  options,
  registration,
}: {
  type: 'radio' | 'checkbox';
  options: readonly ChipOption[];
  registration: UseFormRegisterReturn;
}) {
  return (
    <div className="chip-row">
      {options.map((option) => (
        <Chip
          key={option.value}
          type={type}
          value={option.value}
          label={option.label}
          registration={registration}
        />
      ))}
    </div>
  );
}

/** A question as a fieldset: its legend names the group for assistive technology; the error says how to fix it. */
export function ChipGroup({
  legend,
  error,
  children,
}: {
  legend: string;
  error?: string;
  children: ReactNode;
}) {
  const errorId = useId();
  return (
    <fieldset className="chip-group" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {children}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
