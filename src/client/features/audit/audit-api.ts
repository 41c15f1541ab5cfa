import { accountListSchema } from '../../../domain/accounts-api';
import { auditPageSchema, type AuditParams } from '../../../domain/audit-api';
import { apiJson } from '../../session/api-client';

/** The filters as a query string, leaving out what is not set. */
export function auditQuery(params: AuditParams): string {
  const entries = Object.entries(params).filter(([, value]) => value !== undefined && value !== '');
  return new URLSearchParams(entries.map(([key, value]) => [key, String(value)])).toString();
}

/** GET /api/v1/audit: one page of the log, newest first. */
export const auditPage = (params: AuditParams) =>
  apiJson(`/api/v1/audit?${auditQuery(params)}`, auditPageSchema);

/** Where the filtered log downloads as CSV (a plain link: the session cookie goes with it). */
export const auditCsvHref = (params: AuditParams) =>
  `/api/v1/audit?${auditQuery({ ...params, before: undefined, limit: undefined, format: 'csv' })}`;

/** GET /api/v1/users: the usernames to filter by. */
export const usernames = () =>
  apiJson('/api/v1/users', accountListSchema).then((r) => r.users.map((u) => u.username));
