import type { Catalogue, Labelled, Questions } from '../../../domain/catalogue';
import type { Lang } from '../../../domain/lang';
import { ChipGroup, ChipRow } from '../../ui/chip-group';
import { requiredText } from '../../ui/form-field';
import { chipsFor } from './chip-options';
import type { AnswerField } from './form-schema';
import type { deskMessages } from './messages';
import type { DeskForm } from './use-desk-form';

interface Props {
  catalogue: Catalogue;
  /** The catalogue's questions as this desk asks them (see `questionsAtPoint`). */
  questions: Questions;
  /** The municipalities the tablet's point serves, named. */
  municipalities: readonly Labelled[];
  lang: Lang;
  t: (typeof deskMessages)['fi'];
  form: DeskForm;
}

/**
 * The county's optional questions that its catalogue switches on, each one tap: the language the
 * client was served in, why they came in person, their home municipality, walk-in or outreach.
 * Required only where the catalogue says so; an answer given by mistake can be cleared. A question
 * switched off since the form began stays while it holds an answer, so nothing is saved unseen.
 */
export function OptionalQuestions({ catalogue, questions, municipalities, lang, t, form }: Props) {
  const { serviceLanguage, faceToFaceReasons, municipality, channel } = form.values;
  const { errors } = form;
  const error = (field: AnswerField) => (errors[field] ? t.answerRequired : undefined);
  const single = (
    field: Exclude<AnswerField, 'faceToFaceReasons'>,
    text: string,
    list: readonly Labelled[],
    value: string | null,
    { notOffered = t.retired, empty }: { notOffered?: string; empty?: string } = {},
  ) =>
    (questions[field].enabled || Boolean(value)) && (
      <ChipGroup legend={text} isRequired={questions[field].required} error={error(field)}>
        {empty && list.length === 0 && <p>{empty}</p>}
        <ChipRow
          type="radio"
          options={chipsFor(list, [value ?? ''], lang, notOffered)}
          binding={form.chips(field)}
        />
        {value && !questions[field].required && (
          <button
            type="button"
            className="clear-answer"
            aria-label={`${t.clearAnswer}: ${text}`}
            onClick={() => form.setValue(field, '')}
          >
            {t.clearAnswer}
          </button>
        )}
      </ChipGroup>
    );
  return (
    <>
      {single('serviceLanguage', t.serviceLanguage, catalogue.serviceLanguages, serviceLanguage)}
      {(questions.faceToFaceReasons.enabled || faceToFaceReasons.length > 0) && (
        <ChipGroup
          legend={
            questions.faceToFaceReasons.required
              ? `${t.faceToFaceReasons} (${requiredText[lang]})`
              : t.faceToFaceReasons
          }
          error={error('faceToFaceReasons')}
        >
          <ChipRow
            type="checkbox"
            options={chipsFor(catalogue.faceToFaceReasons, faceToFaceReasons, lang, t.retired)}
            binding={form.chips('faceToFaceReasons')}
          />
        </ChipGroup>
      )}
      {single('municipality', t.municipality, byName(municipalities, lang), municipality, {
        notOffered: t.notServedHere,
        empty: t.noMunicipalities,
      })}
      {single('channel', t.channel, catalogue.channels, channel)}
    </>
  );
}

/** Municipalities in the alphabetical order of their names in the page's language. */
function byName(list: readonly Labelled[], lang: Lang): Labelled[] {
  return [...list].sort((a, b) => a[lang].localeCompare(b[lang], lang));
}

/**
 * The catalogue's questions as a point's desk asks them: a point that serves no municipality yet
 * cannot require one (there is nothing to tap), so its question is shown, saying why it is empty,
 * and optional.
 */
export function questionsAtPoint(questions: Questions, municipalities: readonly Labelled[]): Questions {
  if (municipalities.length > 0 || !questions.municipality.required) return questions;
  return { ...questions, municipality: { ...questions.municipality, required: false } };
}
