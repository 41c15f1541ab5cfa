import { useState } from 'react';
import { draftOf } from '../../../domain/catalogue-publish';
import type { Draft } from '../../../domain/catalogue-versions';
import { AppLink } from '../../ui/app-link';
import { ServerError } from '../../session/error-words';
import { asError, useAction } from '../../session/use-loaded';
import { fill } from '../../ui/fill';
import { useMessages } from '../../ui/messages';
import { saveDraft } from './catalogue-api';
import './catalogue.css';
import { DraftEditor } from './draft-editor';
import { HistorySection } from './history-section';
import { catalogueMessages } from './messages';
import { useCatalogueAdmin } from './use-catalogue-admin';

/** The admin's catalogue page: the draft (or a way to start one), then the published versions. */
export function CatalogueConsole() {
  const t = useMessages(catalogueMessages);
  const { history, inForce, draft: loadedDraft, error, reload } = useCatalogueAdmin();
  // The draft as last saved here; undefined follows what was loaded.
  const [saved, setSaved] = useState<Draft | null | undefined>(undefined);
  // A new number starts the editor afresh: after a reload, an upload or a new draft.
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<Error | null>(null);
  const act = useAction();
  const draft = saved === undefined ? loadedDraft : saved;

  const replace = (next: Draft | null, message = '') => {
    setSaved(next);
    setGeneration((g) => g + 1);
    setNotice(message);
  };
  const reloadAll = async () => {
    setSaved(undefined);
    await reload();
    setGeneration((g) => g + 1);
  };
  const start = async () => {
    if (!inForce) return;
    try {
      replace(await act(() => saveDraft(draftOf(inForce), '', undefined)));
      setFailure(null);
    } catch (caught) {
      setFailure(asError(caught));
    }
  };

  return (
    <div className="catalogue-page">
      <p>
        <AppLink to="/admin">{t.backToAdmin}</AppLink>
      </p>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p role="status">{notice}</p>
      {error && <ServerError lead={t.failed} error={error} />}
      {failure && <ServerError lead={t.failed} error={failure} />}
      {!history && !error && <p role="status">{t.loading}</p>}
      {inForce && draft === null && (
        <section>
          <p>{t.noDraft}</p>
          <button type="button" className="primary" onClick={() => void start()}>
            {t.startDraft}
          </button>
        </section>
      )}
      {inForce && draft && (
        <DraftEditor
          key={generation}
          draft={draft}
          inForce={inForce}
          onSaved={setSaved}
          onReplaced={(uploaded) => replace(uploaded, t.uploaded)}
          onPublished={(version) => {
            setNotice(fill(t.published, { version: version.version }));
            void reloadAll();
          }}
          onDiscarded={() => replace(null, t.discarded)}
          onReload={() => void reloadAll()}
        />
      )}
      {history && <HistorySection history={history} />}
    </div>
  );
}
