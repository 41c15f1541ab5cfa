import type { KeyboardEvent } from 'react';

/** A row of chips' tie to its field: the codes chosen, and what a tap on one does. */
export interface ChipBinding {
  name: string;
  chosen: readonly string[];
  onToggle: (value: string, isChosen: boolean) => void;
}

/**
 * Enter on a chip toggles it, as Space does: in a form, Enter would otherwise submit the form
 * without the choice the person was making.
 */
function toggleOnEnter(event: KeyboardEvent<HTMLInputElement>): void {
  if (event.key !== 'Enter') return;
  event.preventDefault();
  event.currentTarget.click();
}

/** One choice drawn as a large chip: a real radio or checkbox inside its label (≥ 44 px to tap). */
export function Chip({
  type,
  value,
  label,
  isRetired,
  binding,
}: {
  type: 'radio' | 'checkbox';
  value: string;
  label: string;
  isRetired?: boolean;
  binding: ChipBinding;
}) {
  return (
    <label className={isRetired ? 'chip chip-retired' : 'chip'}>
      <input
        type={type}
        name={binding.name}
        value={value}
        checked={binding.chosen.includes(value)}
        onChange={(event) => binding.onToggle(value, event.currentTarget.checked)}
        onKeyDown={toggleOnEnter}
      />
      <span>{label}</span>
    </label>
  );
}
