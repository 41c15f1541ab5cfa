import { memo, useId } from 'react';
import { catalogueCodeSchema, nextStepSchema, type CatalogueList } from '../../../domain/catalogue';
import { langs } from '../../../domain/lang';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { ContinuesPicker } from './continues-picker';
import type { DraftEdit, DraftEntry } from './draft-edits';
import { catalogueMessages } from './messages';
import { nextStepNames } from './words';

interface Props {
  list: CatalogueList;
  /** Where the entry stands in its list (what an edit names). */
  index: number;
  entry: DraftEntry;
  /** Published codes keep their code and meaning: only labels, order and retirement change. */
  isPublished: boolean;
  /** The list's retired codes, which this entry may continue. */
  retiredCodes: readonly string[];
  /** What a topic's code puts it under, shown beside it. */
  groupLabel?: string;
  isFirst: boolean;
  isLast: boolean;
  onEdit: (edit: DraftEdit) => void;
}

/** One entry of a list in the draft: code, three labels, next step, retired, continues, order. */
export const EntryRow = memo(function EntryRow({
  list,
  index,
  entry,
  isPublished,
  retiredCodes,
  groupLabel,
  isFirst,
  isLast,
  onEdit,
}: Props) {
  const onChange = (change: Partial<DraftEntry>) => onEdit({ kind: 'change', list, index, change });
  const onMove = (by: -1 | 1) => onEdit({ kind: 'move', list, index, by });
  const t = useMessages(catalogueMessages);
  const lang = useLang();
  const id = useId();
  const name = entry.code || t.newEntry;
  const isCodeBad = !isPublished && !catalogueCodeSchema.safeParse(entry.code).success;
  const inLang = { fi: t.inFinnish, sv: t.inSwedish, en: t.inEnglish };
  return (
    <fieldset className={entry.retired ? 'catalogue-entry is-retired' : 'catalogue-entry'}>
      <legend>
        {name}
        {entry.retired && ` (${t.retiredEntry})`}
      </legend>
      {!isPublished && (
        <p className="catalogue-field">
          <label htmlFor={`${id}-code`}>{t.code}</label>
          <input
            id={`${id}-code`}
            value={entry.code}
            aria-invalid={isCodeBad || undefined}
            aria-describedby={`${id}-code-help`}
            onChange={(event) => onChange({ code: event.target.value.trim() })}
          />
          <small id={`${id}-code-help`}>{list === 'topics' ? t.topicCodeHelp : t.codeHelp}</small>
        </p>
      )}
      {groupLabel !== undefined && <p>{`${t.group}: ${groupLabel}`}</p>}
      <div className="catalogue-labels">
        {langs.map((l) => (
          <p key={l} className="catalogue-field">
            <label htmlFor={`${id}-${l}`}>{inLang[l]}</label>
            <input
              id={`${id}-${l}`}
              lang={l}
              value={entry[l]}
              aria-invalid={entry[l].trim() === '' || undefined}
              onChange={(event) => onChange({ [l]: event.target.value })}
            />
          </p>
        ))}
      </div>
      {entry.next !== undefined && (
        <p className="catalogue-field">
          <label htmlFor={`${id}-next`}>{t.nextStep}</label>
          <select
            id={`${id}-next`}
            value={entry.next}
            disabled={isPublished}
            aria-describedby={isPublished ? `${id}-next-help` : undefined}
            onChange={(event) => onChange({ next: nextStepSchema.parse(event.target.value) })}
          >
            {nextStepSchema.options.map((step) => (
              <option key={step} value={step}>
                {nextStepNames[lang][step]}
              </option>
            ))}
          </select>
          {isPublished && <small id={`${id}-next-help`}>{t.nextFixed}</small>}
        </p>
      )}
      <div className="catalogue-entry-actions">
        {isPublished && (
          <label className="chip">
            <input
              type="checkbox"
              checked={entry.retired}
              onChange={(event) => onChange({ retired: event.target.checked })}
            />
            <span>{t.retiredEntry}</span>
          </label>
        )}
        <button
          type="button"
          aria-label={`${t.moveUp}: ${name}`}
          disabled={isFirst}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={`${t.moveDown}: ${name}`}
          disabled={isLast}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
        {!isPublished && (
          <button type="button" onClick={() => onEdit({ kind: 'remove', list, index })}>
            {t.remove}
          </button>
        )}
      </div>
      {!entry.retired && retiredCodes.length > 0 && (
        <ContinuesPicker
          name={name}
          retiredCodes={retiredCodes.filter((code) => code !== entry.code)}
          chosen={entry.continues}
          onChange={(continues) => onChange({ continues })}
        />
      )}
    </fieldset>
  );
});
