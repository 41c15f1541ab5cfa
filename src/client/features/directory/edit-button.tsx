import type { Editing } from './use-editing';

/** A button that opens the form of `formKey` in place; its visible text is short, its name says what. */
export function EditButton({
  editing,
  formKey,
  text,
  name,
}: {
  editing: Editing;
  formKey: string;
  text: string;
  name: string;
}) {
  return (
    <button
      type="button"
      ref={editing.openerRef(formKey)}
      aria-label={`${text}: ${name}`}
      onClick={() => editing.edit(formKey)}
    >
      {text}
    </button>
  );
}
