import { RequireRole } from '../../session/require-role';
import { AdminConsole } from './admin-console';

/** /admin: points, enrolment codes, devices and supervisor accounts, for admins only. */
export function AdminPage() {
  return (
    <RequireRole roles={['admin']}>
      <AdminConsole />
    </RequireRole>
  );
}
