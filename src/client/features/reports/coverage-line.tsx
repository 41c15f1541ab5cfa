import { useId } from 'react';
import { helsinkiDate } from '../../../domain/helsinki-date';
import { formatTime } from '../../ui/format-time';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { formatMonth } from './format';
import { reportsMessages } from './messages';
import { dayAfter, isPeriodOver } from './month-range';
import type { Tally } from './reports-api';

/**
 * What the figures cover: the period, the points, and each tablet's last sync. A tablet that has
 * not synced since the period ended may still hold visits of it, so it is named in a warning.
 */
export function CoverageLine({ tally, today }: { tally: Tally; today: string }) {
  const t = useMessages(reportsMessages);
  const lang = useLang();
  const headingId = useId();
  const periodEnd = dayAfter(tally);
  const pointName = (id: string) => tally.coverage.points.find((p) => p.id === id)?.name ?? id;
  // Sync times are instants; compare the Helsinki date of the sync with the day after the period.
  const behind = tally.coverage.devices.filter(
    (d) => d.lastSyncAt === null || helsinkiDate(new Date(d.lastSyncAt)) < periodEnd,
  );
  return (
    <section className="reports-coverage" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.coverage}</h2>
      <dl>
        <dt>{t.coveragePeriod}</dt>
        <dd>
          {formatMonth(tally.from, lang)} – {formatMonth(tally.to, lang)}
        </dd>
        <dt>{t.coveragePoints}</dt>
        <dd>{tally.coverage.points.map((p) => p.name).join(', ')}</dd>
        <dt>{t.coverageTablets}</dt>
        <dd>
          {tally.coverage.devices.length === 0 ? (
            t.noTablets
          ) : (
            <ul>
              {tally.coverage.devices.map((d) => (
                <li key={`${d.pointId}|${d.label}`}>
                  {pointName(d.pointId)}, {d.label}:{' '}
                  {d.lastSyncAt ? formatTime(d.lastSyncAt, lang) : t.neverSynced}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {!isPeriodOver(tally, today) ? (
        <p role="note">{t.periodNotOver}</p>
      ) : (
        behind.length > 0 && (
          <p role="alert">
            {t.notSyncedSince} {behind.map((d) => `${pointName(d.pointId)}, ${d.label}`).join('; ')}
          </p>
        )
      )}
    </section>
  );
}
