import type { Catalogue } from '../../domain/catalogue';
import { buildTally, type Tally } from '../../domain/tally';
import {
  buildComparedPeriod,
  buildReportAdditions,
  previousPeriod,
  yearEarlierPeriod,
  type ComparedPeriod,
  type LateMonth,
  type ReportAdditions,
} from '../../domain/tally-additions';
import type { Point } from '../store/point-queries';
import type { Store } from '../store/store';
import type { CoveredDevice, TallyRange } from '../store/tally-queries';

/**
 * One tally with what it covers: the JSON answer, the CSV and the XLSX are all made from this
 * object, so they cannot disagree. `coverage` and `generatedAt` are additions to the contract,
 * and so are the reports' tables (`ReportAdditions`), the compared periods and the late months.
 */
export interface TallyReport extends Tally, ReportAdditions {
  previous?: ComparedPeriod;
  yearEarlier?: ComparedPeriod;
  late: Record<string, LateMonth>;
  generatedAt: string;
  coverage: { points: Point[]; devices: CoveredDevice[] };
}

/** The periods a tally is compared with. */
export interface Comparisons {
  previous?: boolean;
  year?: boolean;
}

/** Count in the database, shape with the domain's `buildTally`, and add coverage. */
export async function tallyReport(
  store: Store,
  range: TallyRange,
  catalogue: Catalogue,
  compare: Comparisons = {},
): Promise<TallyReport> {
  const compared = async (period: { from: string; to: string }) =>
    buildComparedPeriod(period, await store.pointCells({ ...period, points: range.points }), catalogue);
  const [counts, reportCounts, late, points, devices, previous, yearEarlier] = await Promise.all([
    store.tallyCounts(range),
    store.reportCounts(range),
    store.lateMonths(range),
    store.listPoints(range.points),
    store.coveredDevices(range.points),
    compare.previous ? compared(previousPeriod(range.from, range.to)) : undefined,
    compare.year ? compared(yearEarlierPeriod(range.from, range.to)) : undefined,
  ]);
  return {
    ...buildTally(range, counts, catalogue),
    ...buildReportAdditions(range, reportCounts, catalogue),
    ...(previous && { previous }),
    ...(yearEarlier && { yearEarlier }),
    late,
    generatedAt: store.clock().toISOString(),
    coverage: { points, devices },
  };
}
