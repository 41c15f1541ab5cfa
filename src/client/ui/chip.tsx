import type { UseFormRegisterReturn } from 'react-hook-form';

/** One choice drawn as a large chip: a real radio or checkbox inside its label (≥ 44 px to tap). */
export function Chip({
  type,
  value,
  label,
  registration,
}: {
  type: 'radio' | 'checkbox';
  value: string;
  label: string;
  registration: UseFormRegisterReturn;
}) {
  return (
    <label className="chip">
      <input type={type} value={value} {...registration} />
      <span>{label}</span>
    </label>
  );
}
