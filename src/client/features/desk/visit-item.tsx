import { useId } from 'react';
import { labelFor, type Catalogue } from '../../../domain/catalogue';
import type { Lang } from '../../../domain/lang';
import type { VisitRow } from '../../db/database';
import { AppLink } from '../../ui/app-link';
import { formatTimeOfDay } from '../../ui/format-time';
import type { deskMessages } from './messages';

interface Props {
  visit: VisitRow;
  catalogue: Catalogue;
  lang: Lang;
  t: (typeof deskMessages)['fi'];
  onEdit: (visit: VisitRow) => void;
  onDelete: (visit: VisitRow) => void;
}

/** One visit of the day: its summary and what can be done with it. */
export function VisitItem({ visit, catalogue, lang, t, onEdit, onDelete }: Props) {
  const summaryId = useId();
  // The time of the last save.
  const time = formatTimeOfDay(visit.recordedAt, lang);
  const topics = visit.topics.map((code) => labelFor(catalogue.topics, code, lang)).join(', ') || t.noTopics;
  const referrals =
    visit.referrals.map((code) => labelFor(catalogue.referrals, code, lang)).join(', ') || t.noReferrals;
  return (
    <li className="visit-item">
      <p id={summaryId} className="visit-summary">
        <strong>{time}</strong> · {labelFor(catalogue.ageGroups, visit.ageGroup, lang)} ·{' '}
        {labelFor(catalogue.sectors, visit.sector, lang)}
        <br />
        {t.topics}: {topics}
        <br />
        {t.referrals}: {referrals}
      </p>
      <div className="item-actions">
        <button type="button" aria-describedby={summaryId} onClick={() => onEdit(visit)}>
          {t.edit}
        </button>
        <button type="button" aria-describedby={summaryId} onClick={() => onDelete(visit)}>
          {t.delete}
        </button>
        {visit.referrals.length > 0 && (
          <AppLink
            className="button-link"
            to={`/slip/${encodeURIComponent(visit.id)}`}
            aria-label={`${t.slipFor} ${time}`}
          >
            {t.slipFor}
          </AppLink>
        )}
      </div>
    </li>
  );
}
