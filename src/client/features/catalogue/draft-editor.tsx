import { useDeferredValue, useMemo, useReducer, useState } from 'react';
import { catalogueCodeSchema, catalogueLists, type Catalogue } from '../../../domain/catalogue';
import type { Draft, DraftContent, PublishProblem, VersionInfo } from '../../../domain/catalogue-versions';
import { ServerError } from '../../session/error-words';
import { asError, useAction } from '../../session/use-loaded';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { isDraftChanged, publishDraft, publishProblemsOf, saveDraft } from './catalogue-api';
import { DeskPreview } from './desk-preview';
import { DraftActions } from './draft-actions';
import { applyEdit } from './draft-edits';
import { ListEditor } from './list-editor';
import { catalogueMessages } from './messages';
import { ProblemList } from './problem-list';
import { QuestionsEditor } from './questions-editor';
import { SpreadsheetSection } from './spreadsheet-section';
import { problemText } from './words';

interface Props {
  draft: Draft;
  inForce: Catalogue;
  onSaved: (draft: Draft) => void;
  onReplaced: (draft: Draft) => void;
  onPublished: (version: VersionInfo) => void;
  onDiscarded: () => void;
  onReload: () => void;
}

/** Codes published so far, by list: the version in force holds every one, retired ones included. */
const publishedCodesOf = (catalogue: Catalogue) =>
  new Set(catalogueLists.flatMap((list) => catalogue[list].map((entry) => `${list}:${entry.code}`)));

const hasBadCode = (content: DraftContent, published: ReadonlySet<string>) =>
  catalogueLists.some((list) =>
    content[list].some(
      (e) => !published.has(`${list}:${e.code}`) && !catalogueCodeSchema.safeParse(e.code).success,
    ),
  );

/** The draft being edited on this page; saved, published or thrown away by the admin's hand. */
export function DraftEditor({
  draft,
  inForce,
  onSaved,
  onReplaced,
  onPublished,
  onDiscarded,
  onReload,
}: Props) {
  const t = useMessages(catalogueMessages);
  const lang = useLang();
  const [content, onEdit] = useReducer(applyEdit, draft.catalogue);
  const [note, setNote] = useState(draft.note);
  const [problems, setProblems] = useState<PublishProblem[] | null>(null);
  // The editor's own words (a string), or the server's refusal, worded by `ServerError`.
  const [failure, setFailure] = useState<string | Error | null>(null);
  const [isConflict, setIsConflict] = useState(false);
  const act = useAction();
  const published = useMemo(() => publishedCodesOf(inForce), [inForce]);
  // The preview follows the edits when React has time, so typing stays quick.
  const previewed = useDeferredValue(content);
  const hasUnsaved = JSON.stringify([content, note]) !== JSON.stringify([draft.catalogue, draft.note]);

  /** Save unsaved edits; the draft as saved, or null when the save failed (and says why). */
  async function save(): Promise<Draft | null> {
    setProblems(null);
    setFailure(null);
    if (!hasUnsaved) return draft;
    if (hasBadCode(content, published)) {
      setFailure(t.fixCodes);
      return null;
    }
    try {
      const saved = await act(() => saveDraft(content, note, draft.revision));
      onSaved(saved);
      return saved;
    } catch (caught) {
      if (isDraftChanged(caught)) setIsConflict(true);
      else setFailure(asError(caught));
      return null;
    }
  }

  async function publish(): Promise<void> {
    const saved = await save();
    if (!saved) return;
    try {
      onPublished(await act(() => publishDraft(saved.revision)));
    } catch (caught) {
      if (isDraftChanged(caught)) return setIsConflict(true);
      const listed = publishProblemsOf(caught);
      if (listed) setProblems(listed);
      else setFailure(asError(caught));
    }
  }

  return (
    <div className="catalogue-draft">
      <DraftActions
        draft={draft}
        note={note}
        hasUnsaved={hasUnsaved}
        onNoteChange={setNote}
        onSave={() => save().then(() => undefined)}
        onPublish={publish}
        onDiscarded={onDiscarded}
        onConflict={() => setIsConflict(true)}
      />
      {isConflict && (
        <div role="alert" className="catalogue-problems">
          <p>{t.conflict}</p>
          <button type="button" onClick={onReload}>
            {t.reload}
          </button>
        </div>
      )}
      {typeof failure === 'string' && <p role="alert">{failure}</p>}
      {failure instanceof Error && <ServerError lead={t.failed} error={failure} />}
      {problems && (
        <ProblemList title={t.problemsTitle} problems={problems.map((p) => problemText(p, lang))} />
      )}
      {catalogueLists.map((list) => (
        <ListEditor
          key={list}
          list={list}
          entries={content[list]}
          topicGroups={list === 'topics' ? content.topicGroups : undefined}
          publishedCodes={published}
          onEdit={onEdit}
        />
      ))}
      <QuestionsEditor questions={content.questions} onEdit={onEdit} />
      <DeskPreview content={previewed} />
      <SpreadsheetSection
        revision={draft.revision}
        hasUnsaved={hasUnsaved}
        onUploaded={onReplaced}
        onConflict={() => setIsConflict(true)}
      />
    </div>
  );
}
