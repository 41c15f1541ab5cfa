import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Catalogue } from '../../../domain/catalogue';
import { isCounted } from '../../../domain/visit';
import type { VisitRow } from '../../db/database';
import { deleteVisit, restoreVisit } from '../../db/visits';
import { InputField } from '../../ui/form-field';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { DayCounts } from './day-counts';
import { deskMessages } from './messages';
import { VisitItem } from './visit-item';

interface Props {
  /** The day's visits at this point (deleted ones too); undefined while reading. */
  visits: VisitRow[] | undefined;
  day: string;
  today: string;
  catalogue: Catalogue;
  onDayChange: (day: string) => void;
  onEdit: (visit: VisitRow) => void;
  onDeleted: (visit: VisitRow) => void;
}

/** The visits logged at this point on a day (today unless another day is picked), then the day's counts. */
export function VisitList({ visits: rows, day, today, catalogue, onDayChange, onEdit, onDeleted }: Props) {
  const t = useMessages(deskMessages);
  const lang = useLang();
  const id = useId();
  const [undoable, setUndoable] = useState<VisitRow | null>(null);
  const [notice, setNotice] = useState<{ text: string; isError: boolean } | null>(null);
  // After Delete the deleted row is gone: focus goes to Undo; after Undo, to the list's heading.
  // flushSync renders the change first, so the element to focus is there.
  const undoRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown = (rows ?? []).filter(isCounted);

  const remove = async (visit: VisitRow) => {
    try {
      await deleteVisit(visit.id, new Date());
      flushSync(() => {
        setUndoable(visit);
        setNotice({ text: t.deleted, isError: false });
      });
      undoRef.current?.focus();
      onDeleted(visit);
    } catch (error) {
      setNotice({ text: String(error), isError: true });
    }
  };
  const undo = async (visit: VisitRow) => {
    try {
      await restoreVisit(visit.id, new Date());
      flushSync(() => {
        setUndoable(null);
        setNotice({ text: t.restored, isError: false });
      });
      headingRef.current?.focus();
    } catch (error) {
      setNotice({ text: String(error), isError: true });
    }
  };

  return (
    <section className="visit-list" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t.visits}
      </h2>
      <InputField
        className="date-field"
        label={t.dayShown}
        type="date"
        max={today}
        value={day}
        onChange={(event) => event.target.value && onDayChange(event.target.value)}
      />
      <div role="status" className="list-status">
        {notice && !notice.isError && notice.text}{' '}
        {undoable && (
          <button type="button" ref={undoRef} onClick={() => void undo(undoable)}>
            {t.undo}
          </button>
        )}
      </div>
      {notice?.isError && (
        <p role="alert" className="error">
          {notice.text}
        </p>
      )}
      {rows && shown.length === 0 && <p>{t.noVisits}</p>}
      <ul className="visits">
        {shown.map((visit) => (
          <VisitItem
            key={visit.id}
            visit={visit}
            catalogue={catalogue}
            lang={lang}
            t={t}
            onEdit={onEdit}
            onDelete={(v) => void remove(v)}
          />
        ))}
      </ul>
      {/* After the list: in the narrow column beside the form, the visits come first. */}
      {rows && <DayCounts visits={rows} catalogue={catalogue} lang={lang} t={t} />}
    </section>
  );
}
