import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { referenceCatalogue } from '../../../domain/catalogue';
import { isCounted, type VisitInput } from '../../../domain/visit';
import type { VisitRow } from '../../db/database';
import { useDevice } from '../../db/device';
import { persistIfNeeded } from '../../db/storage-info';
import { useVisitsOn } from '../../db/visits';
import { fill } from '../../ui/fill';
import { useIsDrawn } from '../../ui/use-is-drawn';
import { useMessages } from '../../ui/messages';
import { DeskTabs, panelProps, useIsBeside, type DeskView } from './desk-tabs';
import { valuesOf } from './form-schema';
import { useDeskStart } from './desk-start';
import { newSession, type FormSession } from './form-session';
import { deskMessages } from './messages';
import { SavedStatus } from './saved-status';
import { saveFromDesk } from './save-visit';
import { VisitForm } from './visit-form';
import { useToday } from './use-today';
import { VisitList } from './visit-list';
import './desk.css';

/**
 * The front desk (route `/`): log a visit, then see and correct the day's visits. On a landscape
 * tablet the day's visits and the sync status (`syncStatus`, from the app shell) stand beside the
 * form; on a narrower screen they are one tab away, the tab marked (`syncAlert`) when sending needs a person.
 */
export function DeskPage({ syncStatus, syncAlert }: { syncStatus?: ReactNode; syncAlert?: ReactNode }) {
  const t = useMessages(deskMessages);
  // The form waits for the tablet's copies of the catalogue and the point: drawn first from the
  // built-in catalogue, it would move as soon as a county's own catalogue replaced it.
  const { session, setSession, catalogueInUse, municipalities } = useDeskStart();
  const catalogue = catalogueInUse?.catalogue ?? referenceCatalogue;
  const device = useDevice();
  const today = useToday();
  // null follows today, so a list left open overnight moves to the new day.
  const [pickedDay, setPickedDay] = useState<string | null>(null);
  const day = pickedDay ?? today;
  const [saved, setSaved] = useState<VisitRow | null>(null);
  const hasAskedPersistence = useRef(false);
  // The form draws Save and Clear into this slot. Made now rather than by the first render, so on
  // a cold start they appear in the same frame as the form instead of one render later.
  const [actionSlot] = useState(() =>
    Object.assign(document.createElement('div'), { className: 'desk-buttons' }),
  );
  const placeActionSlot = useCallback(
    (host: HTMLDivElement | null) => {
      host?.append(actionSlot);
      return () => actionSlot.remove();
    },
    [actionSlot],
  );
  // Every form gets a new key, so it remounts and keeps nothing of the one before.
  const lastKey = useRef(0);
  const id = useId();
  const isBeside = useIsBeside();
  const isDrawn = useIsDrawn();
  const [view, setView] = useState<DeskView>('form');
  const shown = isBeside ? null : view;
  const visits = useVisitsOn(device?.pointId, day);
  const counted = visits?.filter(isCounted).length;

  /**
   * Replace the form that was shown when Save or Clear was tapped with a blank one. Making it reads
   * a setting, and staff may tap Edit on a listed visit meanwhile: that form is then kept, or its
   * next Save would log a new visit instead of correcting the one being edited.
   */
  const startBlankAfter = async (shown: FormSession | null) => {
    const blank = await newSession(++lastKey.current);
    setSession((current) => (current === shown ? blank : current));
  };

  const save = async (input: VisitInput) => {
    const shown = session;
    // Emptied first, so a second "Saved" in a row is announced again.
    setSaved(null);
    const outcome = await saveFromDesk(input, { editingId: shown?.visitId, catalogue, now: new Date() });
    if (outcome.isSaved) {
      setSaved(outcome.row);
      // Asked once a visit is worth keeping; a refusal leaves the settings page's button to try again.
      if (!hasAskedPersistence.current) persistIfNeeded().catch(() => undefined);
      hasAskedPersistence.current = true;
      await startBlankAfter(shown);
    }
    return outcome;
  };

  // No clearDraft here: the blank form did not start from the draft, so it drops it as it appears.
  const clear = async () => {
    const shown = session;
    setSaved(null);
    await startBlankAfter(shown);
  };

  const edit = (visit: VisitRow) => {
    setSaved(null);
    setView('form');
    setSession({
      key: ++lastKey.current,
      values: valuesOf(visit),
      visitId: visit.id,
      isFocused: true,
      dropsDraft: true,
    });
  };

  return (
    <div className={isBeside ? 'desk-page desk-beside' : 'desk-page'}>
      <h1 className="visually-hidden">{t.pageTitle}</h1>
      {shown && (
        <DeskTabs
          id={id}
          shown={shown}
          labels={{
            form: session?.visitId ? t.editTitle : t.newVisitTab,
            // Drawn at its size before the visits are read, so the count appearing moves nothing.
            day: (
              <>
                <span className={counted === undefined ? 'is-reading' : undefined}>
                  {fill(t.dayTabCount, { n: counted ?? 0 })}
                </span>
                {syncAlert}
              </>
            ),
          }}
          onShow={setView}
        />
      )}
      <div className="desk-main" {...panelProps(id, 'form', shown)}>
        {session && catalogueInUse && municipalities && (
          <VisitForm
            key={session.key}
            catalogue={catalogue}
            municipalities={municipalities}
            today={today}
            initial={session.values}
            editingId={session.visitId}
            isFocused={session.isFocused}
            dropsDraft={session.dropsDraft}
            onSave={save}
            onClear={() => void clear()}
            actionSlot={actionSlot}
          />
        )}
        {/*
          The action bar outlives each form (a new one after every Save), so its live region is
          always in the page and announces "Saved"; the form puts its Save and Clear in the slot.
        */}
        <div className="desk-actions">
          <div className="desk-buttons-host" ref={placeActionSlot} />
          <SavedStatus saved={saved} t={t} />
        </div>
      </div>
      {/*
        Beside the form, a column that scrolls on its own; narrower, behind a tab. Either way what
        changes in it (the sync status as the start-up sync runs, the list) never moves the form.
      */}
      <div className="desk-day" {...panelProps(id, 'day', shown)}>
        {isDrawn && (
          <>
            {syncStatus}
            <VisitList
              visits={visits}
              day={day}
              today={today}
              catalogue={catalogue}
              onDayChange={(picked) => setPickedDay(picked === today ? null : picked)}
              onEdit={edit}
              onDeleted={(visit) => visit.id === session?.visitId && void clear()}
            />
          </>
        )}
      </div>
    </div>
  );
}
