import { useMessages } from '../../ui/messages';
import { AppLink } from '../../ui/app-link';
import { listPoints } from './admin-api';
import { DevicesSection } from './devices-section';
import { adminMessages } from './messages';
import { PointsSection } from './points-section';
import { useLoaded } from '../../session/use-loaded';
import { PeopleSection } from './people-section';

/** The admin's page once signed in. */
export function AdminConsole() {
  const t = useMessages(adminMessages);
  const points = useLoaded(listPoints);
  return (
    <div className="admin-page">
      <h1>{t.title}</h1>
      <p>
        <AppLink to="/admin/catalogue">{t.catalogueLink}</AppLink>
      </p>
      <p>
        <AppLink to="/admin/directory">{t.directoryLink}</AppLink>
      </p>
      <p>
        <AppLink to="/admin/audit">{t.auditLink}</AppLink>
      </p>
      <PointsSection points={points.data} error={points.error} onChange={() => void points.reload()} />
      <DevicesSection points={points.data ?? []} />
      <PeopleSection points={points.data ?? []} />
    </div>
  );
}
