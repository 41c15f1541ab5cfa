import { useState } from 'react';
import { labelFor } from '../../../domain/catalogue';
import { textIn } from '../../../domain/directory';
import { useLang } from '../../ui/lang-store';
import { fill } from '../../ui/fill';
import { useMessages } from '../../ui/messages';
import { AppLink } from '../../ui/app-link';
import { saveService } from './directory-api';
import { EditButton } from './edit-button';
import { EntryStatus } from './entry-status';
import { directoryMessages } from './messages';
import { PointItem } from './point-item';
import { ServiceForm } from './service-form';
import './directory.css';
import { ServerError } from '../../session/error-words';
import { useDirectory } from './use-directory';
import { useEditing, type Editing } from './use-editing';

/** The points' and services' contact details, each with an Edit form in place. */
export function DirectoryConsole() {
  const t = useMessages(directoryMessages);
  const lang = useLang();
  const { directory, catalogue, municipalities, error, reload } = useDirectory();
  const [notice, setNotice] = useState('');
  const forms = useEditing();
  const editing: Editing = {
    ...forms,
    edit: (key) => {
      setNotice('');
      forms.edit(key);
    },
    done: (said) => {
      forms.close();
      setNotice(said);
      void reload();
    },
  };

  return (
    <div className="directory-page">
      <p>
        <AppLink to="/admin">{t.backToAdmin}</AppLink>
      </p>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p role="status">{notice}</p>
      {error && <ServerError lead={t.failed} error={error} />}
      {!directory && !error && <p role="status">{t.loading}</p>}
      {directory && catalogue && municipalities && (
        <>
          <section aria-labelledby="directory-points">
            <h2 id="directory-points">{t.points}</h2>
            {directory.points.length === 0 && <p>{t.noPoints}</p>}
            <ul className="directory-list">
              {directory.points.map((point) => (
                <PointItem
                  key={point.pointId}
                  point={point}
                  directory={directory}
                  catalogue={catalogue}
                  municipalities={municipalities}
                  editing={editing}
                />
              ))}
            </ul>
          </section>
          <section aria-labelledby="directory-services">
            <h2 id="directory-services">{t.services}</h2>
            <ul className="directory-list">
              {directory.services.map((service) => {
                const label = labelFor(catalogue.referrals, service.code, lang);
                const key = `service:${service.code}`;
                return (
                  <li key={service.code}>
                    <h3>{label}</h3>
                    <EntryStatus isDemonstration={service.isDemonstration} updatedAt={service.updatedAt} />
                    <p>
                      {[textIn(service.name, lang), service.phone, service.url].filter(Boolean).join(' · ')}
                    </p>
                    {editing.isEditing(key) ? (
                      <ServiceForm
                        entry={service}
                        title={label}
                        save={(details) => saveService(service.code, details)}
                        onSaved={() => editing.done(fill(t.saved, { name: label }))}
                        onCancel={editing.close}
                      />
                    ) : (
                      <EditButton editing={editing} formKey={key} text={t.edit} name={label} />
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
