import type { Migration } from 'kysely';
import * as initial from './0001-initial';
import * as tallyCounts from './0002-tally-counts';
import * as serviceDirectory from './0003-service-directory';
import * as dropUnreadIndexes from './0004-drop-unread-indexes';
import * as reportCounts from './0005-report-counts';
import * as accountSecurity from './0006-account-security';
import * as catalogueVersions from './0007-catalogue-versions';
import * as deviceHealth from './0008-device-health';
import * as totpLastStep from './0009-totp-last-step';
import * as auditByActor from './0010-audit-by-actor';

/**
 * Every migration, in order. Names sort in the order they must run; add new files here.
 * The runner refuses to start on a database that has applied a migration missing from this list.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-tally-counts': tallyCounts,
  '0003-service-directory': serviceDirectory,
  '0004-drop-unread-indexes': dropUnreadIndexes,
  '0005-report-counts': reportCounts,
  '0006-account-security': accountSecurity,
  '0007-catalogue-versions': catalogueVersions,
  '0008-device-health': deviceHealth,
  '0009-totp-last-step': totpLastStep,
  '0010-audit-by-actor': auditByActor,
};
