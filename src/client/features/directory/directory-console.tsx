import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { labelFor } from '../../../domain/catalogue';
import { textIn } from '../../../domain/directory';
import { useLang } from '../../ui/lang-store';
import { fill } from '../../ui/fill';
import { useMessages } from '../../ui/messages';
import { AppLink } from '../../ui/app-link';
import { EntryStatus } from './entry-status';
import { directoryMessages } from './messages';
import { PointForm } from './point-form';
import { ServiceForm } from './service-form';
import './directory.css';
import { useDirectory } from './use-directory';

type Editing = { kind: 'point' | 'service'; key: string } | null;

/** The points' and services' contact details, each with an Edit form in place. */
export function DirectoryConsole() {
  const t = useMessages(directoryMessages);
  const lang = useLang();
  const { directory, catalogue, error, reload } = useDirectory();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState('');
  const isEditing = (kind: 'point' | 'service', key: string) => editing?.kind === kind && editing.key === key;
  // Save and Cancel close the form: focus goes back to the Edit button that opened it, once
  // flushSync has drawn it again.
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const editButtonRef = (key: string) => (button: HTMLButtonElement | null) => {
    if (button) editButtons.current.set(key, button);
    else editButtons.current.delete(key);
  };
  const close = () => {
    const opener = editing && `${editing.kind}:${editing.key}`;
    flushSync(() => setEditing(null));
    if (opener) editButtons.current.get(opener)?.focus();
  };
  const saved = (name: string) => {
    close();
    setNotice(fill(t.saved, { name }));
    void reload();
  };
  const edit = (kind: 'point' | 'service', key: string) => {
    setNotice('');
    setEditing({ kind, key });
  };

  return (
    <div className="directory-page">
      <p>
        <AppLink to="/admin">{t.backToAdmin}</AppLink>
      </p>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p role="status">{notice}</p>
      {error && <p role="alert">{`${t.failed} ${error}`}</p>}
      {!directory && !error && <p role="status">{t.loading}</p>}
      {directory && catalogue && (
        <>
          <section aria-labelledby="directory-points">
            <h2 id="directory-points">{t.points}</h2>
            {directory.points.length === 0 && <p>{t.noPoints}</p>}
            <ul className="directory-list">
              {directory.points.map((point) => (
                <li key={point.pointId}>
                  <h3>{point.name}</h3>
                  <EntryStatus isDemonstration={point.isDemonstration} updatedAt={point.updatedAt} />
                  <p>{[point.address, textIn(point.hours, lang), point.phone].filter(Boolean).join(' · ')}</p>
                  {isEditing('point', point.pointId) ? (
                    <PointForm entry={point} onSaved={() => saved(point.name)} onCancel={close} />
                  ) : (
                    <button
                      type="button"
                      ref={editButtonRef(`point:${point.pointId}`)}
                      aria-label={`${t.edit}: ${point.name}`}
                      onClick={() => edit('point', point.pointId)}
                    >
                      {t.edit}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="directory-services">
            <h2 id="directory-services">{t.services}</h2>
            <ul className="directory-list">
              {directory.services.map((service) => {
                const label = labelFor(catalogue.referrals, service.code, lang);
                return (
                  <li key={service.code}>
                    <h3>{label}</h3>
                    <EntryStatus isDemonstration={service.isDemonstration} updatedAt={service.updatedAt} />
                    <p>
                      {[textIn(service.name, lang), service.phone, service.url].filter(Boolean).join(' · ')}
                    </p>
                    {isEditing('service', service.code) ? (
                      <ServiceForm
                        entry={service}
                        title={label}
                        onSaved={() => saved(label)}
                        onCancel={close}
                      />
                    ) : (
                      <button
                        type="button"
                        ref={editButtonRef(`service:${service.code}`)}
                        aria-label={`${t.edit}: ${label}`}
                        onClick={() => edit('service', service.code)}
                      >
                        {t.edit}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
