import { memo, type KeyboardEvent } from 'react';

/** A row of chips' tie to its field: the codes chosen, and what a tap on one does. */
export interface ChipBinding {
  name: string;
  chosen: readonly string[];
  /** Keep it stable across renders where it can be: the chips are memoised on it. */
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

/**
 * One choice drawn as a large chip: a real radio or checkbox inside its label (≥ 44 px to tap).
 * Memoised on plain props: a tap redraws the chips it changes, not the form's other fifty.
 */
export const Chip = memo(function Chip({
  type,
  name,
  value,
  label,
  isRetired,
  checked,
  onToggle,
}: {
  type: 'radio' | 'checkbox';
  name: string;
  value: string;
  label: string;
  isRetired?: boolean | undefined;
  checked: boolean;
  onToggle: ChipBinding['onToggle'];
}) {
  return (
    <label className={isRetired ? 'chip chip-retired' : 'chip'}>
      <input
        type={type}
        name={name}
        value={value}
        checked={checked}
        onChange={(event) => onToggle(value, event.currentTarget.checked)}
        onKeyDown={toggleOnEnter}
      />
      <span>{label}</span>
    </label>
  );
});
