import { useId } from 'react';
import type { ChipOption } from './chip-group';

/** One choice among a few, as large radio chips in a fieldset; the value lives with the caller. */
export function ToggleGroup({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly ChipOption[];
  value: string;
  onChange: (value: string) => void;
}) {
  const name = useId();
  return (
    <fieldset className="chip-group">
      <legend>{legend}</legend>
      <div className="chip-row">
        {options.map((option) => (
          <label key={option.value} className="chip">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span lang={option.lang}>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
