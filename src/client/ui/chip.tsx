import type { KeyboardEvent } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

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
  registration,
}: {
  type: 'radio' | 'checkbox';
  value: string;
  label: string;
  isRetired?: boolean;
  registration: UseFormRegisterReturn;
}) {
  return (
    <label className={isRetired ? 'chip chip-retired' : 'chip'}>
      <input type={type} value={value} onKeyDown={toggleOnEnter} {...registration} />
      <span>{label}</span>
    </label>
  );
}
