import { labelFor, type Catalogue } from '../../../domain/catalogue';
import type { Point } from '../../../domain/point';
import { formatTime } from '../../ui/format-time';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { AgeSectorTable } from './age-sector-table';
import { AnswerTables } from './answer-tables';
import { ComparisonTable } from './comparison-table';
import { CoverageLine } from './coverage-line';
import { formatMonth } from './format';
import { LateMonths } from './late-months';
import { reportsMessages } from './messages';
import { useMonthChart } from './month-chart-data';
import { PointsTable } from './points-table';
import { printMessages } from './print-messages';
import type { Tally } from './reports-api';
import { ShareTable } from './share-table';
import { useA4Page } from './use-a4-page';

/**
 * The A4 report a supervisor takes to a meeting: hidden on screen (and from assistive
 * technology, which reads the page itself), the only thing printed from the reports page. The
 * chart is the SVG version, so it prints sharp and its words are text in a PDF.
 */
export function PrintReport({
  tally,
  catalogue,
  points,
  today,
}: {
  tally: Tally;
  catalogue: Catalogue;
  points: Point[];
  today: string;
}) {
  const t = useMessages(reportsMessages);
  const p = useMessages(printMessages);
  const lang = useLang();
  const { svg } = useMonthChart(tally, catalogue);
  const pointNames = tally.coverage.points.map((point) => point.name).join(', ');
  const period = `${formatMonth(tally.from, lang)} – ${formatMonth(tally.to, lang)}`;
  useA4Page(`${pointNames} · ${period}`);
  return (
    <section className="print-report" hidden>
      <header className="print-head">
        <p className="print-title">{`${p.printTitle}: ${pointNames}`}</p>
        <p>
          {period} · {`${p.catalogueVersion} ${tally.catalogue.labelsFrom}`} ·{' '}
          {`${p.generated} ${formatTime(tally.generatedAt, lang)}`}
        </p>
      </header>
      <LateMonths tally={tally} />
      <ComparisonTable tally={tally} catalogue={catalogue} />
      {/* Our own markup from chartSvg (text escaped there), no script. */}
      <div className="print-chart" dangerouslySetInnerHTML={{ __html: svg }} />
      <AgeSectorTable tally={tally} catalogue={catalogue} />
      {tally.points.length > 1 && <PointsTable tally={tally} catalogue={catalogue} points={points} />}
      <div className="print-pair">
        <ShareTable
          caption={p.topTopics}
          column={t.topic}
          counts={tally.byTopic}
          labelOf={(c) => labelFor(catalogue.topics, c, lang)}
          limit={10}
        />
        <ShareTable
          caption={p.topReferrals}
          column={t.referral}
          counts={tally.byReferral}
          labelOf={(c) => labelFor(catalogue.referrals, c, lang)}
          limit={10}
        />
      </div>
      <AnswerTables tally={tally} catalogue={catalogue} />
      <CoverageLine tally={tally} today={today} />
      <p className="print-note">{p.smallCounts}</p>
    </section>
  );
}
