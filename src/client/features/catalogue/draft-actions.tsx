import { useId, useState } from 'react';
import type { Draft } from '../../../domain/catalogue-versions';
import { ServerError } from '../../session/error-words';
import { asError, useAction } from '../../session/use-loaded';
import { fill } from '../../ui/fill';
import { formatTime } from '../../ui/format-time';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { discardDraft, isDraftChanged } from './catalogue-api';
import { catalogueMessages } from './messages';

interface Props {
  draft: Draft;
  note: string;
  hasUnsaved: boolean;
  onNoteChange: (note: string) => void;
  onSave: () => Promise<void>;
  onPublish: () => Promise<void>;
  onDiscarded: () => void;
  onConflict: () => void;
}

/** Where the draft stands, its note, and Save, Publish and Throw away (asked twice). */
export function DraftActions({
  draft,
  note,
  hasUnsaved,
  onNoteChange,
  onSave,
  onPublish,
  onDiscarded,
  onConflict,
}: Props) {
  const t = useMessages(catalogueMessages);
  const lang = useLang();
  const id = useId();
  const [isBusy, setIsBusy] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const [failure, setFailure] = useState<Error | null>(null);
  const [hasSaved, setHasSaved] = useState(false);
  const act = useAction();

  const run = async (action: () => Promise<void>) => {
    setIsBusy(true);
    try {
      await action();
    } finally {
      setIsBusy(false);
    }
  };
  const discard = () =>
    run(async () => {
      try {
        await act(() => discardDraft(draft.revision));
        onDiscarded();
      } catch (caught) {
        if (isDraftChanged(caught)) onConflict();
        else setFailure(asError(caught));
      }
    });

  return (
    <section aria-labelledby={`${id}-h`} className="catalogue-actions">
      <h2 id={`${id}-h`}>{t.draft}</h2>
      <p>
        {fill(t.draftBasedOn, {
          version: draft.basedOn,
          who: draft.updatedBy,
          time: formatTime(draft.updatedAt, lang),
        })}
      </p>
      <p className="catalogue-field">
        <label htmlFor={`${id}-note`}>{t.note}</label>
        <textarea
          id={`${id}-note`}
          value={note}
          maxLength={1000}
          aria-describedby={`${id}-note-help`}
          onChange={(event) => onNoteChange(event.target.value)}
        />
        <small id={`${id}-note-help`}>{t.noteHelp}</small>
      </p>
      <p role="status">{hasUnsaved ? t.unsaved : hasSaved ? t.draftSaved : ''}</p>
      <div className="form-actions">
        <button
          type="button"
          disabled={isBusy || !hasUnsaved}
          onClick={() => void run(() => onSave().then(() => setHasSaved(true)))}
        >
          {t.saveDraft}
        </button>
        <button type="button" className="primary" disabled={isBusy} onClick={() => void run(onPublish)}>
          {t.publish}
        </button>
        {isConfirming ? (
          <span role="group" aria-label={t.confirmDiscard}>
            {t.confirmDiscard}{' '}
            <button type="button" disabled={isBusy} onClick={() => void discard()}>
              {t.confirmYes}
            </button>{' '}
            <button type="button" onClick={() => setIsConfirming(false)}>
              {t.cancel}
            </button>
          </span>
        ) : (
          <button type="button" disabled={isBusy} onClick={() => setIsConfirming(true)}>
            {t.discard}
          </button>
        )}
      </div>
      {failure && <ServerError lead={t.failed} error={failure} />}
    </section>
  );
}
