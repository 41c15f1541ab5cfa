import { RequireRole } from '../../session/require-role';
import { DirectoryConsole } from './directory-console';

/** /admin/directory: the contact details printed on slips, for admins only. */
export function DirectoryPage() {
  return (
    <RequireRole roles={['admin']}>
      <DirectoryConsole />
    </RequireRole>
  );
}
