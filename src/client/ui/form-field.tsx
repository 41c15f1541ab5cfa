import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import type { Lang } from '../../domain/lang';
import { useLang } from './lang-store';

/** What the one control of a field receives: its id and its ties to the help and error texts. */
export interface FieldControlProps {
  id: string;
  required?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: ReactNode;
  /** Always shown under the control, e.g. the format expected. */
  help?: ReactNode;
  /** Shown, and tied to the control, while the value cannot be accepted (text, or a server's refusal in words). */
  error?: ReactNode;
  isRequired?: boolean;
  className?: string;
}

/** The visible mark of a required field or question (screen readers hear the control's own state). */
export const requiredText: Record<Lang, string> = { fi: 'pakollinen', sv: 'obligatorisk', en: 'required' };

/**
 * One form field as the Suomi.fi pattern has it: the label, the control, the help and the error,
 * the last two tied to the control by `aria-describedby` so a screen reader reads them with it.
 * `children` draws the control (input, select, textarea) from the props it is given.
 */
export function FormField({
  label,
  help,
  error,
  isRequired,
  className,
  children,
}: FieldProps & { children: (control: FieldControlProps) => ReactNode }) {
  const lang = useLang();
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const hasError = Boolean(error);
  const errorId = hasError ? `${id}-error` : undefined;
  const describedBy = [errorId, helpId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `form-field ${className}` : 'form-field'}>
      <span className="form-field-label">
        <label htmlFor={id}>{label}</label>
        {/* Outside the label, so the field's name stays its label; the control's own required state says it. */}
        {isRequired && (
          <span aria-hidden="true" className="required-mark">
            {` (${requiredText[lang]})`}
          </span>
        )}
      </span>
      {children({
        id,
        ...(isRequired && { required: true }),
        ...(describedBy && { 'aria-describedby': describedBy }),
        ...(hasError && { 'aria-invalid': true as const }),
      })}
      {help && <small id={helpId}>{help}</small>}
      {hasError && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'> & {
  ref?: Ref<HTMLInputElement>;
};

/** A form field whose control is an `<input>`; takes react-hook-form's `register(...)` spread. */
export function InputField({ label, help, error, isRequired, className, ...input }: FieldProps & InputProps) {
  return (
    <FormField label={label} help={help} error={error} isRequired={isRequired} className={className}>
      {(control) => <input {...input} {...control} />}
    </FormField>
  );
}
