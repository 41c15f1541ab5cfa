import { useState } from 'react';
import { labelFor, type Catalogue } from '../../../domain/catalogue';
import { textIn, type Directory, type PointEntry } from '../../../domain/directory';
import { ServerError } from '../../session/error-words';
import { asError, useAction } from '../../session/use-loaded';
import { fill } from '../../ui/fill';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { removePointService, savePointService } from './directory-api';
import { EditButton } from './edit-button';
import { directoryMessages } from './messages';
import { ServiceForm } from './service-form';
import type { Editing } from './use-editing';

/**
 * A point's own contact details of the services it refers to (Kela's local office differs from
 * town to town): each referral shows the point's own details or says the county-wide ones print,
 * with a form to set or change the point's own and a button to remove them.
 */
export function PointServices({
  point,
  directory,
  catalogue,
  editing,
}: {
  point: PointEntry;
  directory: Directory;
  catalogue: Catalogue;
  editing: Editing;
}) {
  const t = useMessages(directoryMessages);
  const lang = useLang();
  const act = useAction();
  const [failure, setFailure] = useState<Error | null>(null);
  // Drawn only while open: every point times every referral would make a long page of forms.
  const [isOpen, setOpen] = useState(false);
  const own = (directory.pointServices ?? []).filter((s) => s.pointId === point.pointId);
  const remove = async (code: string, label: string) => {
    setFailure(null);
    try {
      await act(() => removePointService(point.pointId, code));
      editing.done(fill(t.removed, { name: `${label} (${point.name})` }));
    } catch (caught) {
      setFailure(asError(caught));
    }
  };
  return (
    <details className="directory-own" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{fill(t.ownServices, { count: String(own.length) })}</summary>
      <p>{t.ownServicesHelp}</p>
      {failure && <ServerError lead={t.failed} error={failure} />}
      {isOpen && (
        <ul>
          {directory.services.map((countyWide) => {
            const { code } = countyWide;
            const label = labelFor(catalogue.referrals, code, lang);
            const mine = own.find((s) => s.code === code);
            const key = `own:${point.pointId}:${code}`;
            const name = `${label} (${point.name})`;
            return (
              <li key={code}>
                <h5>{label}</h5>
                <p>
                  {mine
                    ? `${t.ownDetails}: ${[textIn(mine.name, lang), mine.phone, mine.address, mine.url].filter(Boolean).join(' · ')}`
                    : t.countyWide}
                </p>
                {editing.isEditing(key) ? (
                  <ServiceForm
                    entry={mine ?? countyWide}
                    title={name}
                    save={(details) => savePointService(point.pointId, code, details)}
                    onSaved={() => editing.done(fill(t.saved, { name }))}
                    onCancel={editing.close}
                  />
                ) : (
                  <p className="form-actions">
                    <EditButton editing={editing} formKey={key} text={mine ? t.edit : t.setOwn} name={name} />
                    {mine && (
                      <button
                        type="button"
                        aria-label={`${t.removeOwn}: ${name}`}
                        onClick={() => void remove(code, label)}
                      >
                        {t.removeOwn}
                      </button>
                    )}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}
