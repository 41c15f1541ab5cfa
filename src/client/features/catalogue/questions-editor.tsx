import { memo, useId } from 'react';
import type { QuestionName, Questions } from '../../../domain/catalogue';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import type { DraftEdit } from './draft-edits';
import { catalogueMessages } from './messages';
import { questionNames } from './words';

const names: readonly QuestionName[] = ['serviceLanguage', 'faceToFaceReasons', 'municipality', 'channel'];

/** The optional desk questions: each asked or not, and required or not (never required while off). */
export const QuestionsEditor = memo(function QuestionsEditor({
  questions,
  onEdit,
}: {
  questions: Questions;
  onEdit: (edit: DraftEdit) => void;
}) {
  const t = useMessages(catalogueMessages);
  const lang = useLang();
  const id = useId();
  const set = (name: QuestionName, enabled: boolean, required: boolean) =>
    onEdit({
      kind: 'questions',
      questions: { ...questions, [name]: { enabled, required: enabled && required } },
    });
  return (
    <section className="catalogue-list" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t.questions}</h3>
      {names.map((name) => {
        const { enabled, required } = questions[name];
        return (
          <fieldset key={name} className="catalogue-entry">
            <legend>{questionNames[lang][name]}</legend>
            <div className="chip-row">
              <label className="chip">
                <input
                  type="checkbox"
                  checked={enabled}
                  onChange={(e) => set(name, e.target.checked, required)}
                />
                <span>{t.enabled}</span>
              </label>
              <label className="chip">
                <input
                  type="checkbox"
                  checked={required}
                  disabled={!enabled}
                  onChange={(e) => set(name, enabled, e.target.checked)}
                />
                <span>{t.required}</span>
              </label>
            </div>
          </fieldset>
        );
      })}
    </section>
  );
});
