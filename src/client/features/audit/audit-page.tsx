import { RequireRole } from '../../session/require-role';
import { AuditLog } from './audit-log';

/** /admin/audit: the audit log, for admins only. */
export function AuditPage() {
  return (
    <RequireRole roles={['admin']}>
      <AuditLog />
    </RequireRole>
  );
}
