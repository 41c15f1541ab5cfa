import { helsinkiDate } from '../../../domain/helsinki-date';
import { RequireRole } from '../../session/require-role';
import { ReportsDashboard } from './reports-dashboard';

/** /reports: tallies and downloads for supervisors (and admins). */
export function ReportsPage({ today = helsinkiDate(new Date()) }: { today?: string }) {
  return (
    <RequireRole roles={['supervisor', 'admin']}>
      <ReportsDashboard today={today} />
    </RequireRole>
  );
}
