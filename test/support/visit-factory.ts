import { referenceCatalogue } from '../../src/domain/catalogue';
import type { Visit } from '../../src/domain/visit';
import { newVisitId } from '../../src/domain/visit-id';
import { keusoteCells } from '../../src/server/demo/keusote-visits';

/** A valid visit in the contract's wire form, its id made as a tablet makes it; override what the test is about. */
export function makeVisit(overrides: Partial<Visit> = {}): Visit {
  return {
    id: newVisitId(),
    rev: 1,
    pointId: 'hyvinkaa',
    visitDate: '2023-03-15',
    recordedAt: '2023-03-15T10:30:00.000+02:00',
    catalogueVersion: referenceCatalogue.version,
    ageGroup: 'older',
    sector: 'health',
    topics: ['health.prescription'],
    referrals: ['health.prescription-renewal'],
    deleted: false,
    ...overrides,
  };
}

/** The Keusote January–June 2023 table as [ageGroup, sector, visits] cells; one source with the demo data. */
export { keusoteCells };

/** 1,506 visits that reproduce the Keusote table, spread over January–June 2023. */
export function keusoteVisits(pointId = 'hyvinkaa'): Visit[] {
  const visits: Visit[] = [];
  let n = 0;
  for (const [ageGroup, sector, count] of keusoteCells) {
    for (let i = 0; i < count; i += 1, n += 1) {
      const month = (n % 6) + 1;
      const day = (n % 28) + 1;
      const visitDate = `2023-0${month}-${String(day).padStart(2, '0')}`;
      visits.push(
        makeVisit({
          pointId,
          visitDate,
          recordedAt: `${visitDate}T10:00:00.000+02:00`,
          ageGroup,
          sector,
          topics: sector === 'social' ? ['social.income'] : ['health.prescription'],
          referrals: [],
        }),
      );
    }
  }
  return visits;
}
