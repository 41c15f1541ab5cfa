import type { Catalogue } from '../../../domain/catalogue';
import { textIn, type Directory, type PointEntry } from '../../../domain/directory';
import type { MunicipalityList } from '../../../domain/municipalities';
import { fill } from '../../ui/fill';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { EditButton } from './edit-button';
import { EntryStatus } from './entry-status';
import { directoryMessages } from './messages';
import { MunicipalityPicker } from './municipality-picker';
import { PointForm } from './point-form';
import { PointServices } from './point-services';
import type { Editing } from './use-editing';

/** One advice point: its own contact, the municipalities it serves, and its own contacts of services. */
export function PointItem({
  point,
  directory,
  catalogue,
  municipalities,
  editing,
}: {
  point: PointEntry;
  directory: Directory;
  catalogue: Catalogue;
  municipalities: MunicipalityList;
  editing: Editing;
}) {
  const t = useMessages(directoryMessages);
  const lang = useLang();
  const contactKey = `point:${point.pointId}`;
  const municipalitiesKey = `municipalities:${point.pointId}`;
  const served = point.municipalities ?? [];
  const nameIn = (m: { fi: string; sv: string }) => (lang === 'sv' ? m.sv || m.fi : m.fi);
  const saved = () => editing.done(fill(t.saved, { name: point.name }));
  return (
    <li>
      <h3>{point.name}</h3>
      <EntryStatus isDemonstration={point.isDemonstration} updatedAt={point.updatedAt} />
      <p>{[point.address, textIn(point.hours, lang), point.phone].filter(Boolean).join(' · ')}</p>
      {editing.isEditing(contactKey) ? (
        <PointForm entry={point} onSaved={saved} onCancel={editing.close} />
      ) : (
        <EditButton editing={editing} formKey={contactKey} text={t.edit} name={point.name} />
      )}
      <h4>{t.municipalities}</h4>
      <p>{served.length > 0 ? served.map(nameIn).join(', ') : t.noMunicipalities}</p>
      {editing.isEditing(municipalitiesKey) ? (
        <MunicipalityPicker point={point} all={municipalities} onSaved={saved} onCancel={editing.close} />
      ) : (
        <EditButton
          editing={editing}
          formKey={municipalitiesKey}
          text={t.chooseMunicipalities}
          name={point.name}
        />
      )}
      <PointServices point={point} directory={directory} catalogue={catalogue} editing={editing} />
    </li>
  );
}
