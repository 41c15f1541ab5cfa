import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Catalogue, Labelled } from '../../../domain/catalogue';
import type { VisitInput } from '../../../domain/visit';
import { InputField } from '../../ui/form-field';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { topicsShown } from './chip-options';
import { deskFormSchema, inputOf, type DeskFormValues } from './form-schema';
import { deskMessages } from './messages';
import { OptionalQuestions, questionsAtPoint } from './optional-questions';
import { SaveProblem } from './save-problem';
import type { SaveOutcome } from './save-visit';
import { useDateFollowsToday } from './use-date-follows-today';
import { useDeskForm } from './use-desk-form';
import { useDraftAutosave } from './use-draft-autosave';
import { VisitFields } from './visit-fields';

interface Props {
  catalogue: Catalogue;
  /** The municipalities the tablet's point serves, for the home-municipality question. */
  municipalities: readonly Labelled[];
  today: string;
  initial: DeskFormValues;
  /** Set when the form edits a stored visit. */
  editingId?: string;
  isFocused?: boolean;
  /** Drop the stored draft as the form appears (see FormSession). */
  dropsDraft?: boolean;
  onSave: (input: VisitInput) => Promise<SaveOutcome>;
  onClear: () => void;
  /** Where Save and Clear go: the desk's action bar, which outlives this form (see DeskPage). */
  actionSlot: HTMLElement | null;
}

/** One screen to log a visit: four taps and Save for the common case. */
export function VisitForm({
  catalogue,
  municipalities,
  today,
  initial,
  editingId,
  isFocused,
  dropsDraft,
  onSave,
  onClear,
  actionSlot,
}: Props) {
  const t = useMessages(deskMessages);
  const lang = useLang();
  const id = useId();
  const questions = useMemo(
    () => questionsAtPoint(catalogue.questions, municipalities),
    [catalogue.questions, municipalities],
  );
  const schema = useMemo(() => deskFormSchema(today, questions), [today, questions]);
  // Topics of another sector would be saved unseen, so they go with a change of sector.
  const dropHiddenTopics = useCallback(
    (next: DeskFormValues, field: keyof DeskFormValues) =>
      field === 'sector' ? { ...next, topics: topicsShown(catalogue, next.sector, next.topics) } : next,
    [catalogue],
  );
  const form = useDeskForm(initial, schema, dropHiddenTopics);
  const { errors, getValues, setValue, handleSubmit } = form;
  const draft = useDraftAutosave(form.watch, editingId, dropsDraft === true);
  const [failure, setFailure] = useState<SaveOutcome | null>(null);
  const hasErrors = Object.keys(errors).length > 0;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const formId = `${id}-form`;

  // After Save the form is a new one, and after Edit in the list below it holds that visit:
  // focus (and the view) goes to its title rather than being lost.
  useEffect(() => {
    if (isFocused) titleRef.current?.focus();
  }, [isFocused]);

  useDateFollowsToday(
    today,
    editingId !== undefined,
    useCallback(() => getValues().visitDate, [getValues]),
    useCallback((value: string) => setValue('visitDate', value), [setValue]),
  );

  const submit = handleSubmit(async (input) => {
    draft.cancel();
    setFailure(null);
    const outcome = await onSave(inputOf(input));
    // On success the page replaces this form with a blank one; on failure everything stays filled.
    if (!outcome.isSaved) {
      setFailure(outcome);
      void draft.keepNow(getValues());
    }
  });

  const clear = () => {
    draft.cancel();
    onClear();
  };

  return (
    <form
      id={formId}
      className="visit-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2 id={`${id}-title`} ref={titleRef} tabIndex={-1}>
        {editingId ? t.editTitle : t.title}
      </h2>
      <VisitFields
        catalogue={catalogue}
        lang={lang}
        t={t}
        form={form}
        dateField={
          <InputField
            className="date-field"
            label={t.visitDate}
            help={t.dateHelp}
            error={errors.visitDate && t.badDate}
            type="date"
            max={today}
            {...form.input('visitDate')}
          />
        }
        optionalQuestions={
          <OptionalQuestions
            catalogue={catalogue}
            questions={questions}
            municipalities={municipalities}
            lang={lang}
            t={t}
            form={form}
          />
        }
      />
      {hasErrors && (
        <p role="alert" className="error">
          {t.fixErrors}
        </p>
      )}
      {failure && !failure.isSaved && <SaveProblem failure={failure} t={t} />}
      {draft.hasFailed && <p className="warning">{t.draftFailed}</p>}
      {actionSlot &&
        createPortal(
          <>
            {/* Outside the <form> element, so tied to it by its id. */}
            <button
              type="submit"
              form={formId}
              className="primary"
              aria-disabled={form.isSubmitting || undefined}
              onClick={(event) => form.isSubmitting && event.preventDefault()}
            >
              {form.isSubmitting ? t.saving : t.save}
            </button>
            <button type="button" onClick={clear}>
              {editingId ? t.cancelEdit : t.clear}
            </button>
          </>,
          actionSlot,
        )}
    </form>
  );
}
