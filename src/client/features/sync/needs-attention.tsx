import { labelFor, referenceCatalogue } from '../../../domain/catalogue';
import type { VisitRow } from '../../db/database';
import { useLang } from '../../ui/lang-store';
import { fill } from '../../ui/fill';
import { useMessages } from '../../ui/messages';
import { navigate } from '../../ui/navigation';
import { syncMessages } from './messages';

/** Visits the server rejected, with its reason and a way to open each for correction. */
export function NeedsAttention({ rows }: { rows: VisitRow[] }) {
  const t = useMessages(syncMessages);
  const lang = useLang();
  return (
    <details className="needs-attention" open>
      <summary>{fill(t.needsAttention, { n: rows.length })}</summary>
      <p>{t.needsAttentionHelp}</p>
      <ul>
        {rows.map((row) => (
          <li key={row.id}>
            <span>
              {row.visitDate} · {labelFor(referenceCatalogue.ageGroups, row.ageGroup, lang)} ·{' '}
              {labelFor(referenceCatalogue.sectors, row.sector, lang)}
              {row.deleted && ` (${t.deleted})`}
            </span>{' '}
            <span>
              {t.reason}: <span lang="en">{row.rejection?.reason}</span>
            </span>{' '}
            <button type="button" onClick={() => navigate(`/?edit=${encodeURIComponent(row.id)}`)}>
              {t.edit}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
