import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { AnswerTables } from '../../../src/client/features/reports/answer-tables';
import { MonthPointTable } from '../../../src/client/features/reports/month-point-table';
import { PrintReport } from '../../../src/client/features/reports/print-report';
import type { Tally } from '../../../src/client/features/reports/reports-api';
import { SectorTables } from '../../../src/client/features/reports/sector-tables';
import { useLangStore } from '../../../src/client/ui/lang-store';
import { referenceCatalogue } from '../../../src/domain/catalogue';
import { buildTally, countVisits } from '../../../src/domain/tally';
import { buildReportAdditions } from '../../../src/domain/tally-additions';
import type { Visit } from '../../../src/domain/visit';
import { countReportVisits } from '../../support/report-reference';
import { makeVisit } from '../../support/visit-factory';

const points = [
  { id: 'hyvinkaa', name: 'Hyvinkää' },
  { id: 'kerava', name: 'Kerava' },
];
const range = { from: '2023-03', to: '2023-04', points: ['hyvinkaa', 'kerava'] };

/** The answer of GET /api/v1/tallies for these visits, as the server shapes it (the domain's own code). */
function tallyOf(visits: Visit[]): Tally {
  return {
    ...buildTally(range, countVisits(visits), referenceCatalogue),
    ...buildReportAdditions(range, countReportVisits(visits), referenceCatalogue),
    late: {},
    catalogue: { labelsFrom: referenceCatalogue.version, versions: [], notes: [] },
    generatedAt: '2023-05-02T07:00:00.000Z',
    coverage: { points, devices: [] },
  };
}

const times = (n: number, visit: Partial<Visit>) => Array.from({ length: n }, () => makeVisit(visit));
const social: Partial<Visit> = { sector: 'social', topics: ['social.income'], referrals: ['resolved'] };
/** Hyvinkää: three social visits in March; Kerava: a health visit in March and two in April. */
const visits = [
  ...times(2, {
    ...social,
    pointId: 'hyvinkaa',
    visitDate: '2023-03-06',
    serviceLanguage: 'sv',
    municipality: '106',
  }),
  ...times(1, {
    ...social,
    pointId: 'hyvinkaa',
    visitDate: '2023-03-07',
    serviceLanguage: 'fi',
    municipality: '245',
  }),
  ...times(1, { pointId: 'kerava', visitDate: '2023-03-20', serviceLanguage: 'fi', municipality: '245' }),
  ...times(2, {
    pointId: 'kerava',
    visitDate: '2023-04-03',
    serviceLanguage: 'fi',
    municipality: '245',
    faceToFaceReasons: ['hearing'],
    channel: 'outreach',
  }),
];

/** Each row of a table as the texts of its cells. */
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row', { hidden: true })
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

/** The rows of the table captioned `name`, as `rowsOf` reads them. */
const rowsOfTable = (name: string) => rowsOf(screen.getByRole('table', { name }));

describe('the reports page tables', () => {
  beforeEach(() => useLangStore.setState({ lang: 'en' }));

  it('shows months × points with each month\u2019s total', () => {
    render(<MonthPointTable tally={tallyOf(visits)} points={points} />);
    expect(rowsOfTable('Visits by month and point')).toEqual([
      ['Month', 'Hyvinkää', 'Kerava', 'Total'],
      ['March 2023', '3', '1', '4'],
      ['April 2023', '0', '2', '2'],
    ]);
  });

  it('shows each desk\u2019s topics with shares of that desk\u2019s visits', () => {
    render(<SectorTables tally={tallyOf(visits)} catalogue={referenceCatalogue} of="topics" />);
    expect(rowsOfTable('Topics: Social care')).toEqual([
      ['Topic', 'Visits', 'Share of visits'],
      ['Income and finances', '3', '100.0%'],
    ]);
    expect(rowsOfTable('Topics: Health care')).toEqual([
      ['Topic', 'Visits', 'Share of visits'],
      ['Prescription renewal', '3', '100.0%'],
    ]);
    expect(rowsOfTable('Topics: Both')).toEqual([['Topic', 'Visits', 'Share of visits']]);
  });

  it('shows the optional questions the visits answered, with counts and shares of all visits, labelled from the catalogue', () => {
    render(<AnswerTables tally={tallyOf(visits)} catalogue={referenceCatalogue} />);
    expect(rowsOfTable('Service language')).toEqual([
      ['Answer', 'Visits', 'Share of visits'],
      ['Finnish', '4', '66.7%'],
      ['Swedish', '2', '33.3%'],
    ]);
    expect(rowsOfTable('Reasons for coming in person')).toEqual([
      ['Answer', 'Visits', 'Share of visits'],
      ['Hearing difficulties', '2', '33.3%'],
    ]);
    expect(rowsOfTable('Type of visit')).toEqual([
      ['Answer', 'Visits', 'Share of visits'],
      ['Outreach (mobile or pop-up)', '2', '33.3%'],
    ]);
    expect(rowsOfTable('Home municipality')).toEqual([
      ['Municipality', 'Visits', 'Share of visits'],
      ['Kerava (245)', '4', '66.7%'],
      ['Hyvinkää (106)', '2', '33.3%'],
    ]);
  });

  it('names home municipalities in Swedish on a Swedish page, and shows no table for a question nobody answered', () => {
    useLangStore.setState({ lang: 'sv' });
    const unanswered = visits.map((v) => ({ ...v, channel: undefined, faceToFaceReasons: undefined }));
    render(<AnswerTables tally={tallyOf(unanswered)} catalogue={referenceCatalogue} />);
    expect(rowsOfTable('Hemkommun').slice(1)).toEqual([
      ['Kervo (245)', '4', '66,7\u00a0%'],
      ['Hyvinge (106)', '2', '33,3\u00a0%'],
    ]);
    expect(screen.queryByRole('table', { name: 'Besökstyp' })).toBeNull();
    expect(screen.getAllByRole('table')).toHaveLength(2);
  });

  it('keeps the printed report out of the screen and its readers, with only the ten most common topics', () => {
    const topics = referenceCatalogue.topics.slice(0, 12).map((t) => t.code);
    const many = topics.flatMap((code, i) =>
      times(12 - i, { pointId: 'kerava', visitDate: '2023-04-03', topics: [code] }),
    );
    const { container } = render(
      <PrintReport tally={tallyOf(many)} catalogue={referenceCatalogue} points={points} today="2023-05-02" />,
    );
    expect(container.querySelector('.print-report')).toHaveAttribute('hidden');
    expect(screen.queryAllByRole('table')).toEqual([]);
    const top = screen.getByRole('table', { name: 'The 10 most common topics', hidden: true });
    const rows = rowsOf(top).slice(1);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual([referenceCatalogue.topics[0]!.en, '12', '15.4%']);
    expect(rows.map((r) => r[0])).not.toContain(referenceCatalogue.topics[10]!.en);
    expect(container).toHaveTextContent('Walk-in advice visits: Hyvinkää, Kerava');
    expect(container).toHaveTextContent('Catalogue version reference-2026.1');
  });
});
