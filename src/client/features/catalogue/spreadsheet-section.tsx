import { useId, useState, type FormEvent } from 'react';
import type { Draft } from '../../../domain/catalogue-versions';
import { ServerError } from '../../session/error-words';
import { asError, useAction } from '../../session/use-loaded';
import { useMessages } from '../../ui/messages';
import {
  DRAFT_XLSX_URL,
  isDraftChanged,
  sheetProblemsOf,
  uploadSpreadsheet,
  type ListedSheetProblem,
} from './catalogue-api';
import { catalogueMessages } from './messages';
import { ProblemList } from './problem-list';
import { SheetProblemLine } from './sheet-problem-line';

/**
 * The draft as XLSX for the county's translators and statisticians: download it, and upload it
 * back into the draft. The server takes the whole file or nothing, naming each bad cell.
 */
export function SpreadsheetSection({
  revision,
  hasUnsaved,
  onUploaded,
  onConflict,
}: {
  revision: string | undefined;
  /** Unsaved edits on the page would be replaced by the upload: save them first. */
  hasUnsaved: boolean;
  onUploaded: (draft: Draft) => void;
  onConflict: () => void;
}) {
  const t = useMessages(catalogueMessages);
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<ListedSheetProblem[] | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const act = useAction();

  async function upload(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setProblems(null);
    setFailure(null);
    try {
      onUploaded(await act(() => uploadSpreadsheet(file, revision)));
    } catch (caught) {
      if (isDraftChanged(caught)) return onConflict();
      const listed = sheetProblemsOf(caught);
      if (listed) setProblems(listed);
      else setFailure(asError(caught));
    }
  }

  return (
    <section className="catalogue-list" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t.spreadsheet}</h3>
      <p>{t.spreadsheetHelp}</p>
      <p>
        <a className="button-link" href={DRAFT_XLSX_URL} download>
          {t.download}
        </a>
      </p>
      <form className="catalogue-upload" onSubmit={(event) => void upload(event)}>
        <p className="catalogue-field">
          <label htmlFor={`${id}-file`}>{t.uploadFile}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </p>
        {hasUnsaved && <p className="warning">{t.unsaved}</p>}
        <button type="submit" disabled={!file || hasUnsaved}>
          {t.upload}
        </button>
      </form>
      {problems && (
        <ProblemList
          title={t.sheetProblemsTitle}
          problems={problems.map((problem, i) => (
            <SheetProblemLine key={i} problem={problem} />
          ))}
        />
      )}
      {failure && <ServerError lead={t.failed} error={failure} />}
    </section>
  );
}
