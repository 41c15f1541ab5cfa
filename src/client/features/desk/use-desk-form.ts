import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { ChipBinding } from '../../ui/chip';
import { answerFields, type DeskFormOutput, type DeskFormSchema, type DeskFormValues } from './form-schema';

type Field = keyof DeskFormValues;
const chipFields = ['ageGroup', 'sector', 'topics', 'referrals', ...answerFields] as const;
type ChipField = (typeof chipFields)[number];
/** The fields that failed the schema at the last check (none before the first Save). */
export type DeskFormErrors = Partial<Record<Field, true>>;
type Listener = (values: DeskFormValues) => void;

/**
 * The desk form's state: the values staff tapped, checked against the desk schema on Save and then
 * again at every change until it passes (as a form library would). Written for the desk instead of
 * taking react-hook-form, whose 12 KB (gzip) the tablet's first load cannot afford: the desk has
 * only chips and one date. `watch` tells a listener (the draft autosave) of every change.
 */
export function useDeskForm(
  initial: DeskFormValues,
  schema: DeskFormSchema,
  /** What a change implies for the other fields (stable: a new one makes every chip redraw). */
  adjust: (next: DeskFormValues, field: Field) => DeskFormValues = keep,
) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<DeskFormErrors>({});
  const [isSubmitting, setIsSubmitting] = useState(false);
  // The values as of the last change, for handlers that run before React re-renders.
  const latest = useRef(initial);
  const hasTriedSave = useRef(false);
  const listeners = useRef(new Set<Listener>());
  const isMounted = useRef(true);
  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);

  // Stable (the schema changes only with the day), so effects may depend on them.
  const getValues = useCallback(() => latest.current, []);
  const setValue = useCallback(
    <F extends Field>(field: F, value: DeskFormValues[F]) => {
      const next = adjust({ ...latest.current, [field]: value }, field);
      latest.current = next;
      setValues(next);
      if (hasTriedSave.current) setErrors(errorsOf(schema, next));
      for (const listener of listeners.current) listener(next);
    },
    [schema, adjust],
  );

  // One toggle per chip field, stable while setValue is: the chips are memoised on it.
  const toggles = useMemo(() => {
    const toggleOf =
      (field: ChipField): ChipBinding['onToggle'] =>
      (code, isChosen) => {
        const current = latest.current[field];
        const others = Array.isArray(current) ? current.filter((c) => c !== code) : null;
        setValue(field, (others ? (isChosen ? [...others, code] : others) : isChosen ? code : '') as never);
      };
    return Object.fromEntries(chipFields.map((field) => [field, toggleOf(field)])) as Record<
      ChipField,
      ChipBinding['onToggle']
    >;
  }, [setValue]);

  /** Chips for a field: a radio's field holds one code ('' for none), a checkbox's a list. */
  const chips = (field: ChipField): ChipBinding => {
    const value = values[field];
    return {
      name: field,
      chosen: Array.isArray(value) ? value : value ? [value] : [],
      onToggle: toggles[field],
    };
  };

  /** A text or date input's value and change handler. */
  const input = (field: 'visitDate') => ({
    name: field,
    value: values[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) => setValue(field, event.currentTarget.value),
  });

  const watch = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return { unsubscribe: () => void listeners.current.delete(listener) };
  }, []);

  /** On Save: the checked values to `onValid`, or the errors shown and focus on the first of them. */
  const handleSubmit =
    (onValid: (output: DeskFormOutput) => Promise<void>) => async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = event.currentTarget;
      hasTriedSave.current = true;
      const result = schema.safeParse(latest.current);
      if (!result.success) {
        const found = errorsOf(schema, latest.current);
        setErrors(found);
        [...form.querySelectorAll('input')].find((el) => el.name in found)?.focus();
        return;
      }
      setErrors({});
      setIsSubmitting(true);
      try {
        await onValid(result.data);
      } finally {
        if (isMounted.current) setIsSubmitting(false);
      }
    };

  return { values, errors, isSubmitting, getValues, setValue, chips, input, watch, handleSubmit };
}

function keep(values: DeskFormValues): DeskFormValues {
  return values;
}

function errorsOf(schema: DeskFormSchema, values: DeskFormValues): DeskFormErrors {
  const result = schema.safeParse(values);
  const errors: DeskFormErrors = {};
  if (!result.success) for (const issue of result.error.issues) errors[issue.path[0] as Field] = true;
  return errors;
}

/** What the desk form's parts read and call. */
export type DeskForm = ReturnType<typeof useDeskForm>;
