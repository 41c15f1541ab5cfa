import { useMessages } from '../../ui/messages';
import { navigate } from '../../ui/navigation';
import { listPoints } from './admin-api';
import { DevicesSection } from './devices-section';
import { adminMessages } from './messages';
import { PointsSection } from './points-section';
import { useLoaded } from '../../session/use-loaded';
import { UsersSection } from './users-section';

/** The admin's page once signed in. */
export function AdminConsole() {
  const t = useMessages(adminMessages);
  const points = useLoaded(listPoints);
  return (
    <div className="admin-page">
      <h1>{t.title}</h1>
      <p>
        <a
          href="/admin/directory"
          onClick={(event) => {
            event.preventDefault();
            navigate('/admin/directory');
          }}
        >
          {t.directoryLink}
        </a>
      </p>
      <PointsSection points={points.data} error={points.error} onChange={() => void points.reload()} />
      <DevicesSection points={points.data ?? []} />
      <UsersSection points={points.data ?? []} />
    </div>
  );
}
