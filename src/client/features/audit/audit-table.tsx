import { formatTime } from '../../ui/format-time';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { TableRegion } from '../../ui/table-region';
import { auditActionLabel } from '../../../domain/audit-action-labels';
import type { AuditEntry } from '../../../domain/audit-api';
import { auditMessages } from './audit-messages';

/** The details of a line as "key: value" pairs; only a nested value (a list, an object) shows as JSON. */
const detailsText = (details: Record<string, unknown>) =>
  Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join('; ');

/** One page of the audit log: time, who, what, details. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const t = useMessages(auditMessages);
  const lang = useLang();
  const whoOf = (entry: AuditEntry) =>
    entry.actor ?? (entry.actorKind === 'anonymous' ? t.notSignedIn : (entry.actorId ?? '—'));
  return (
    <TableRegion caption={t.caption}>
      <table>
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.time}</th>
            <th scope="col">{t.who}</th>
            <th scope="col">{t.action}</th>
            <th scope="col">{t.details}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{formatTime(entry.at, lang)}</td>
              <td>{whoOf(entry)}</td>
              <td>{auditActionLabel(entry.action, lang)}</td>
              <td>{detailsText(entry.details)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
