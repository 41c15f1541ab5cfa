import { lazy, type ReactElement } from 'react';
import { DeskPage } from '../features/desk/desk-page';
import { preloadDesk } from '../features/desk/desk-start';
import { SyncAlert, SyncStatus } from './sync-parts';

// Only the desk is in the first load; settings, supervisor, admin and slip pages are separate chunks
// (all precached, so they open offline too).
const SettingsPage = lazy(() =>
  import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })),
);
const ReportsPage = lazy(() =>
  import('../features/reports/reports-page').then((m) => ({ default: m.ReportsPage })),
);
const AdminPage = lazy(() => import('../features/admin/admin-page').then((m) => ({ default: m.AdminPage })));
const AuditPage = lazy(() => import('../features/audit/audit-page').then((m) => ({ default: m.AuditPage })));
const AccountPage = lazy(() =>
  import('../features/account/account-page').then((m) => ({ default: m.AccountPage })),
);
const EnrolPage = lazy(() => import('../features/sync/enrol-page').then((m) => ({ default: m.EnrolPage })));
const SlipPage = lazy(() => import('../features/slip/slip-page').then((m) => ({ default: m.SlipPage })));
const StatementPage = lazy(() =>
  import('../features/accessibility/statement-page').then((m) => ({ default: m.StatementPage })),
);
const CataloguePage = lazy(() =>
  import('../features/catalogue/catalogue-page').then((m) => ({ default: m.CataloguePage })),
);
const DirectoryPage = lazy(() =>
  import('../features/directory/directory-page').then((m) => ({ default: m.DirectoryPage })),
);

/** Whether a page from `pageFor` is the desk, which shows the sync status itself. */
export function isDesk(page: ReactElement): boolean {
  return page.type === DeskPage;
}

/** Start reading what the page at `url` first shows, before the app first renders. */
export function preloadPage(url: URL): Promise<unknown> {
  return isDesk(pageFor(url)) ? preloadDesk() : Promise.resolve();
}

/** The page for a path; unknown paths show the desk. */
export function pageFor(url: URL): ReactElement {
  const slip = /^\/slip\/([^/]+)$/.exec(url.pathname);
  if (slip) return <SlipPage visitId={decodeURIComponent(slip[1]!)} />;
  switch (url.pathname) {
    case '/settings':
      return <SettingsPage />;
    case '/reports':
      return <ReportsPage />;
    case '/admin':
      return <AdminPage />;
    case '/admin/audit':
      return <AuditPage />;
    case '/admin/directory':
      return <DirectoryPage />;
    case '/admin/catalogue':
      return <CataloguePage />;
    case '/account':
      return <AccountPage />;
    case '/enrol':
      return <EnrolPage />;
    case '/accessibility':
      return <StatementPage />;
    default:
      // The desk places the sync status itself: beside the form on a landscape tablet.
      return <DeskPage syncStatus={<SyncStatus />} syncAlert={<SyncAlert />} />;
  }
}
