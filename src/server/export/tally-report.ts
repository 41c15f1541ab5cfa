import type { Catalogue } from '../../domain/catalogue';
import { ageGroupsThrough, applyCrosswalk, crosswalkOf, reportCountsThrough } from '../../domain/crosswalk';
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
import type { TallyCatalogue } from '../../domain/tally-api';
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
  /** Which catalogue versions the data was logged under, and how codes were read across them. */
  catalogue: TallyCatalogue;
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
  const cellsOf = async (period: { from: string; to: string }) => ({
    period,
    cells: await store.pointCells({ ...period, points: range.points }),
  });
  const [counts, rawReportCounts, late, points, devices, previous, yearEarlier, history, covered] =
    await Promise.all([
      store.tallyCounts(range),
      store.reportCounts(range),
      store.lateMonths(range),
      store.listPoints(range.points),
      store.coveredDevices(range.points),
      compare.previous ? cellsOf(previousPeriod(range.from, range.to)) : undefined,
      compare.year ? cellsOf(yearEarlierPeriod(range.from, range.to)) : undefined,
      store.catalogueVersions(),
      store.versionsCovered(range),
    ]);
  // Codes are read through the crosswalk of the catalogue in force: merged codes under their new code.
  const crosswalk = crosswalkOf(catalogue, history);
  const crosswalked = applyCrosswalk(counts, crosswalk);
  const reportCounts = reportCountsThrough(crosswalk, rawReportCounts);
  // The compared periods too: a merged age group is counted under its new code then as now.
  const compared = (raw: Awaited<ReturnType<typeof cellsOf>> | undefined) =>
    raw && buildComparedPeriod(raw.period, ageGroupsThrough(crosswalk, raw.cells), catalogue);
  const numberOf = new Map(history.map((v) => [v.version, v.number]));
  return {
    ...buildTally(range, crosswalked.counts, catalogue),
    ...buildReportAdditions(range, reportCounts, catalogue),
    ...(previous && { previous: compared(previous) }),
    ...(yearEarlier && { yearEarlier: compared(yearEarlier) }),
    late,
    generatedAt: store.clock().toISOString(),
    coverage: { points, devices },
    catalogue: {
      labelsFrom: catalogue.version,
      versions: [...covered]
        .map(([version, visits]) => ({ version, number: numberOf.get(version) ?? null, visits }))
        .sort((a, b) => (a.number ?? 0) - (b.number ?? 0) || a.version.localeCompare(b.version)),
      notes: crosswalked.notes,
    },
  };
}
