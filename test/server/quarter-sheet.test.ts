import { describe, expect, it } from 'vitest';
import { quarterTable, type QuarterFigures } from '../../src/server/export/quarter-sheet';

const figures: QuarterFigures = {
  periods: [
    { from: '2026-01', to: '2026-03' },
    { from: '2025-10', to: '2025-12' },
    { from: '2025-01', to: '2025-03' },
  ],
  points: [{ id: 'kerava', name: 'Kerava', visits: [10, 3, 3] }],
  municipalities: [
    { code: '245', visits: [7, 2, 1] },
    { code: '106', visits: [3, 1, 2] },
    { code: '999', visits: [1, 0, 0] },
  ],
};

describe('the quarterly sheet', () => {
  it('names each home municipality in the sheet\u2019s language beside its code and the classification year', () => {
    const sv = quarterTable(figures, 'sv', (n) => ({ count: n }));
    expect(sv.columns.slice(0, 4)).toEqual([
      'Rådgivningspunkt',
      'Kommunnummer',
      'Kommun',
      'Klassificeringsår',
    ]);
    expect(sv.rows[0]!.slice(0, 4)).toEqual(['Kerava', '', '', '']);
    expect(sv.rows.slice(1).map((r) => r.slice(1, 5))).toEqual([
      ['245', 'Kervo', '2024', { count: 7 }],
      ['106', 'Hyvinge', '2024', { count: 3 }],
      // A code the 2024 classification does not know keeps its code and claims no name.
      ['999', '', '', { count: 1 }],
    ]);
    const fi = quarterTable(figures, 'fi', (n) => ({ count: n }));
    expect(fi.rows.slice(1, 3).map((r) => r.slice(1, 4))).toEqual([
      ['245', 'Kerava', '2024'],
      ['106', 'Hyvinkää', '2024'],
    ]);
    expect(quarterTable(figures, 'en', (n) => ({ count: n })).columns.slice(2, 4)).toEqual([
      'Municipality',
      'Classification year',
    ]);
  });
});
