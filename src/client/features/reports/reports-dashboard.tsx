import { useEffect, useMemo, useState } from 'react';
import { labelFor, type Catalogue } from '../../../domain/catalogue';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { AgeSectorTable } from './age-sector-table';
import { ComparisonTable } from './comparison-table';
import { LateMonths } from './late-months';
import { PointsTable } from './points-table';
import { AnswerTables } from './answer-tables';
import { MonthPointTable } from './month-point-table';
import { printMessages } from './print-messages';
import { PrintReport } from './print-report';
import { SectorTables } from './sector-tables';
import './reports.css';
import { CoverageLine } from './coverage-line';
import { DownloadLinks } from './download-links';
import { formatCount } from './format';
import { reportsMessages } from './messages';
import { MonthSection } from './month-section';
import { quickPickRange, type MonthRange } from './month-range';
import { PointPicker } from './point-picker';
import { RangePicker } from './range-picker';
import type { Point } from '../../../domain/point';
import { fetchCatalogue, fetchPoints, type TallyQuery } from './reports-api';
import { ShareTable } from './share-table';
import { useTally } from './use-tally';
import { ServerError } from '../../session/error-words';
import { asError, signOutIfSessionGone } from '../../session/use-loaded';

/** The supervisor's dashboard: pick months and points, see the tables and chart, download them. */
export function ReportsDashboard({ today }: { today: string }) {
  const t = useMessages(reportsMessages);
  const p = useMessages(printMessages);
  const lang = useLang();
  const [range, setRange] = useState<MonthRange>(() => quickPickRange('lastMonth', today));
  const [points, setPoints] = useState<Point[] | undefined>();
  const [catalogue, setCatalogue] = useState<Catalogue | undefined>();
  const [chosen, setChosen] = useState<string[]>([]);
  const [loadError, setLoadError] = useState<Error | null>(null);

  useEffect(() => {
    Promise.all([fetchPoints(), fetchCatalogue()]).then(
      ([loadedPoints, loadedCatalogue]) => {
        setPoints(loadedPoints);
        setChosen(loadedPoints.map((p) => p.id));
        setCatalogue(loadedCatalogue);
      },
      (caught: unknown) => {
        signOutIfSessionGone(caught);
        setLoadError(asError(caught));
      },
    );
  }, []);

  // All points chosen: ask for "all", which also covers a point added later.
  const isAll = points !== undefined && chosen.length === points.length;
  const pointsKey = isAll ? '' : [...chosen].sort().join(',');
  const hasChoice = points !== undefined && chosen.length > 0;
  const query = useMemo<TallyQuery | null>(
    () =>
      hasChoice ? { from: range.from, to: range.to, points: pointsKey ? pointsKey.split(',') : [] } : null,
    [hasChoice, range.from, range.to, pointsKey],
  );
  const { tally, error, isLoading } = useTally(query);

  return (
    <div className="reports-page">
      <h1>{t.title}</h1>
      {loadError && <ServerError lead={t.failed} error={loadError} />}
      <RangePicker range={range} today={today} onChange={setRange} />
      {points?.length === 0 && <p role="alert">{t.noPoints}</p>}
      {points && points.length > 0 && <PointPicker points={points} chosen={chosen} onChange={setChosen} />}
      {error && <ServerError lead={t.failed} error={error} />}
      {isLoading && <p role="status">{t.loading}</p>}
      {query && tally && catalogue && (
        <div aria-busy={isLoading}>
          <p className="reports-total">
            {t.visits}: <strong>{formatCount(tally.visits, lang)}</strong>
          </p>
          <LateMonths tally={tally} />
          <CoverageLine tally={tally} today={today} />
          <ComparisonTable tally={tally} catalogue={catalogue} />
          <PointsTable tally={tally} catalogue={catalogue} points={points ?? []} />
          <MonthPointTable tally={tally} points={points ?? []} />
          <AgeSectorTable tally={tally} catalogue={catalogue} />
          <MonthSection tally={tally} catalogue={catalogue} />
          <ShareTable
            caption={t.topicGroups}
            column={t.topicGroup}
            counts={tally.byTopicGroup}
            labelOf={(c) => labelFor(catalogue.topicGroups, c, lang)}
          />
          <ShareTable
            caption={t.topics}
            column={t.topic}
            counts={tally.byTopic}
            labelOf={(c) => labelFor(catalogue.topics, c, lang)}
          />
          <SectorTables tally={tally} catalogue={catalogue} of="topics" />
          <ShareTable
            caption={t.referrals}
            column={t.referral}
            counts={tally.byReferral}
            labelOf={(c) => labelFor(catalogue.referrals, c, lang)}
          />
          <SectorTables tally={tally} catalogue={catalogue} of="referrals" />
          <AnswerTables tally={tally} catalogue={catalogue} />
          <DownloadLinks query={query} />
          <p>
            <button type="button" onClick={() => window.print()}>
              {p.printReport}
            </button>
          </p>
        </div>
      )}
      {query && tally && catalogue && (
        <PrintReport tally={tally} catalogue={catalogue} points={points ?? []} today={today} />
      )}
    </div>
  );
}
