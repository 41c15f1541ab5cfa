import { describe, expect, it } from 'vitest';
import { hideSmallCounts, type Breakdown, type Hidden } from '../../src/server/export/suppression';

const isSmall = (n: number) => n > 0 && n < 5;

/** Every line that adds up to a total, as [value, isHidden] pairs: what a reader could solve for. */
function linesOf(breakdowns: Breakdown[], columnTotals: number[], total: number, hidden: Hidden) {
  const lines: [number, boolean][][] = [[...columnTotals.map((v, c) => [v, hidden.columnTotals[c]!] as [number, boolean]), [total, hidden.total]]];
  breakdowns.forEach((b, k) => {
    b.cells.forEach((row, r) => lines.push([...row.map((v, c) => [v, hidden.cells[k]![r]![c]!] as [number, boolean]), [b.rowTotals[r]!, hidden.rowTotals[k]![r]!]]));
    columnTotals.forEach((v, c) => lines.push([...b.cells.map((row, r) => [row[c]!, hidden.cells[k]![r]![c]!] as [number, boolean]), [v, hidden.columnTotals[c]!]]));
    lines.push([...b.rowTotals.map((v, r) => [v, hidden.rowTotals[k]![r]!] as [number, boolean]), [total, hidden.total]]);
  });
  return lines;
}

describe('hiding small counts in tables with totals', () => {
  it('hides nothing when no count is small', () => {
    const hidden = hideSmallCounts([{ cells: [[10, 20], [0, 7]], rowTotals: [30, 7] }], [10, 27], 37, isSmall);
    expect(hidden.cells.flat(2)).not.toContain(true);
    expect([...hidden.rowTotals.flat(), ...hidden.columnTotals, hidden.total]).not.toContain(true);
  });

  it('hides a second count in the row and column of a small one, and keeps zeros and totals shown', () => {
    //            social health both | total
    const age = { cells: [[6, 52, 2], [30, 40, 9], [0, 12, 0]], rowTotals: [60, 79, 12] };
    const hidden = hideSmallCounts([age], [36, 104, 11], 151, isSmall);
    expect(hidden.cells[0]).toEqual([[true, false, true], [true, false, true], [false, false, false]]);
    expect(hidden.rowTotals[0]).toEqual([false, false, false]);
    expect(hidden.columnTotals).toEqual([false, false, false]);
  });

  it('leaves no line with exactly one hidden count across two tables of the same visits, however the small counts fall', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round += 1) {
      const monthCells = Array.from({ length: 6 }, () => Array.from({ length: 3 }, () => Math.floor(random() * random() * 30)));
      // The same visits by age group: each month's count split between two age groups.
      const ageCells = [monthCells.map((row) => row.map((n) => Math.floor(n / 2))), monthCells.map((row) => row.map((n) => n - Math.floor(n / 2)))].map((rows) =>
        rows.reduce((sum, row) => sum.map((s, c) => s + row[c]!), [0, 0, 0]),
      );
      const rowTotals = (cells: number[][]) => cells.map((row) => row.reduce((a, b) => a + b, 0));
      const breakdowns = [
        { cells: ageCells, rowTotals: rowTotals(ageCells) },
        { cells: monthCells, rowTotals: rowTotals(monthCells) },
      ];
      const columnTotals = [0, 1, 2].map((c) => monthCells.reduce((sum, row) => sum + row[c]!, 0));
      const total = columnTotals.reduce((a, b) => a + b, 0);
      const hidden = hideSmallCounts(breakdowns, columnTotals, total, isSmall);
      for (const line of linesOf(breakdowns, columnTotals, total, hidden)) {
        expect(line.filter(([, isHidden]) => isHidden).length).not.toBe(1);
        for (const [value, isHidden] of line) if (isSmall(value)) expect(isHidden).toBe(true);
      }
    }
  });
});
