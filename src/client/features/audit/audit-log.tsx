import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { AppLink } from '../../ui/app-link';
import { useMessages } from '../../ui/messages';
import { ServerError } from '../../session/error-words';
import { useLoaded } from '../../session/use-loaded';
import type { AuditParams } from '../../../domain/audit-api';
import { auditCsvHref, auditPage, usernames } from './audit-api';
import { AuditFilters } from './audit-filters';
import { auditMessages } from './audit-messages';
import { AuditTable } from './audit-table';

const PAGE = 50;

/**
 * The audit log for admins: filters, a page of events newest first with Newer and Older, and the
 * filtered log as CSV. After Show or a page turn, focus goes to the results' heading.
 */
export function AuditLog() {
  const t = useMessages(auditMessages);
  const users = useLoaded(usernames);
  const [filters, setFilters] = useState<AuditParams>({});
  // The cursors of the pages before this one; the last is this page's.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const heading = useRef<HTMLHeadingElement>(null);
  const [hasTurned, setHasTurned] = useState(false);
  const before = cursors[cursors.length - 1];
  const load = useCallback(() => auditPage({ ...filters, before, limit: PAGE }), [filters, before]);
  const page = useLoaded(load);
  const next = page.data?.next;

  useLayoutEffect(() => {
    if (hasTurned && page.data) heading.current?.focus();
  }, [hasTurned, page.data]);

  const apply = (next: AuditParams) => {
    setFilters(next);
    setCursors([undefined]);
    setHasTurned(true);
  };
  const turn = (next: (string | undefined)[]) => {
    setCursors(next);
    setHasTurned(true);
  };

  return (
    <div className="admin-page">
      <h1>{t.title}</h1>
      <p>
        <AppLink to="/admin">{t.back}</AppLink>
      </p>
      <AuditFilters users={users.data ?? []} onApply={apply} />
      <p>
        <a className="button-link" href={auditCsvHref(filters)} download>
          {t.download}
        </a>
      </p>
      <h2 ref={heading} tabIndex={-1}>
        {t.caption}
      </h2>
      {page.error && <ServerError lead={t.failed} error={page.error} />}
      {page.data?.entries.length === 0 && <p>{t.none}</p>}
      {page.data && page.data.entries.length > 0 && <AuditTable entries={page.data.entries} />}
      <div className="form-actions">
        {cursors.length > 1 && (
          <button type="button" onClick={() => turn(cursors.slice(0, -1))}>
            {t.newer}
          </button>
        )}
        {next && (
          <button type="button" onClick={() => turn([...cursors, next])}>
            {t.older}
          </button>
        )}
      </div>
    </div>
  );
}
