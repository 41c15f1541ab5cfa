import type { Catalogue } from '../../domain/catalogue';
import { buildTally, type Tally } from '../../domain/tally';
import type { Point } from '../store/point-queries';
import type { Store } from '../store/store';
import type { CoveredDevice, TallyRange } from '../store/tally-queries';

/**
 * One tally with what it covers: the JSON answer, the CSV and the XLSX are all made from this
 * object, so they cannot disagree. `coverage` and `generatedAt` are additions to the contract.
 */
export interface TallyReport extends Tally {
  generatedAt: string;
  coverage: { points: Point[]; devices: CoveredDevice[] };
}

/** Count in the database, shape with the domain's `buildTally`, and add coverage. */
export async function tallyReport(
  store: Store,
  range: TallyRange,
  catalogue: Catalogue,
): Promise<TallyReport> {
  const [counts, points, devices] = await Promise.all([
    store.tallyCounts(range),
    store.listPoints(range.points),
    store.coveredDevices(range.points),
  ]);
  return {
    ...buildTally(range, counts, catalogue),
    generatedAt: store.clock().toISOString(),
    coverage: { points, devices },
  };
}
