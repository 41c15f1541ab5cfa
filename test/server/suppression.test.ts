import { describe, expect, it } from 'vitest';
import { hideSmallCounts, type Breakdown, type Hidden } from '../../src/server/export/suppression';

const BELOW = 5;

/** What a reader sees: every line as `parts … = whole`, each count a number or hidden (null). */
function shownLines(breakdowns: Breakdown[], columnTotals: number[], total: number, hidden: Hidden) {
  type Count = { id: string; value: number; isHidden: boolean };
  const count = (id: string, value: number, isHidden: boolean): Count => ({ id, value, isHidden });
  const totalCount = count('total', total, hidden.total);
  const columns = columnTotals.map((v, c) => count(`col${c}`, v, hidden.columnTotals[c]!));
  const lines: { parts: Count[]; whole: Count }[] = [{ parts: columns, whole: totalCount }];
  breakdowns.forEach((b, k) => {
    const cell = (r: number, c: number) => count(`${k}.${r}.${c}`, b.cells[r]![c]!, hidden.cells[k]![r]![c]!);
    const rows = b.rowTotals.map((v, r) => count(`${k}.row${r}`, v, hidden.rowTotals[k]![r]!));
    b.cells.forEach((row, r) => lines.push({ parts: row.map((_, c) => cell(r, c)), whole: rows[r]! }));
    columns.forEach((whole, c) => lines.push({ parts: b.cells.map((_, r) => cell(r, c)), whole }));
    lines.push({ parts: rows, whole: totalCount });
  });
  return lines;
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/**
 * A reader's attack, written apart from the code under test: exact integer elimination over the
 * hidden counts. Returns the hidden counts some combination of lines gives away, with their value.
 */
function solvable(lines: ReturnType<typeof shownLines>): Map<string, number> {
  const ids = [
    ...new Set(
      lines
        .flatMap((l) => [...l.parts, l.whole])
        .filter((c) => c.isHidden)
        .map((c) => c.id),
    ),
  ];
  // Each line as integer coefficients over the hidden counts and a known right-hand side.
  let equations = lines.map((line) => {
    const coefficients = ids.map(() => 0);
    let known = 0;
    for (const part of line.parts) {
      if (part.isHidden) coefficients[ids.indexOf(part.id)]! += 1;
      else known -= part.value;
    }
    if (line.whole.isHidden) coefficients[ids.indexOf(line.whole.id)]! -= 1;
    else known += line.whole.value;
    return { coefficients, known };
  });
  const solved = new Map<string, number>();
  for (let c = 0; c < ids.length; c += 1) {
    const pivot = equations.find(
      (e) => e.coefficients[c] !== 0 && e.coefficients.slice(0, c).every((x) => x === 0),
    );
    if (!pivot) continue;
    equations = equations.map((e) => {
      if (e === pivot || e.coefficients[c] === 0) return e;
      const [a, b] = [pivot.coefficients[c]!, e.coefficients[c]!];
      const coefficients = e.coefficients.map((x, k) => x * a - pivot.coefficients[k]! * b);
      const known = e.known * a - pivot.known * b;
      const divisor = [...coefficients, known].reduce(gcd, 0) || 1;
      return { coefficients: coefficients.map((x) => x / divisor), known: known / divisor };
    });
  }
  for (const e of equations) {
    const nonZero = e.coefficients.flatMap((x, k) => (x !== 0 ? [k] : []));
    if (nonZero.length === 1) solved.set(ids[nonZero[0]!]!, e.known / e.coefficients[nonZero[0]!]!);
  }
  return solved;
}

/** Lines whose hidden parts a shown whole leaves so little room that each is at least 1 and they add up to under BELOW. */
function tooTight(lines: ReturnType<typeof shownLines>) {
  return lines.filter(
    (l) =>
      !l.whole.isHidden &&
      l.parts.some((p) => p.isHidden) &&
      l.whole.value - l.parts.filter((p) => !p.isHidden).reduce((s, p) => s + p.value, 0) < BELOW,
  );
}

function table(cells: number[][]) {
  const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = cells[0]!.map((_, c) => cells.reduce((s, row) => s + row[c]!, 0));
  return { breakdowns: [{ cells, rowTotals }], columnTotals, total: rowTotals.reduce((a, b) => a + b, 0) };
}

describe('hiding small counts in tables with totals', () => {
  it('hides nothing when no count is small, or when suppression is off', () => {
    const { breakdowns, columnTotals, total } = table([
      [10, 20],
      [0, 7],
    ]);
    const hidden = hideSmallCounts(breakdowns, columnTotals, total, BELOW);
    expect([
      ...hidden.cells.flat(2),
      ...hidden.rowTotals.flat(),
      ...hidden.columnTotals,
      hidden.total,
    ]).not.toContain(true);
    const off = hideSmallCounts(
      table([
        [1, 2],
        [3, 4],
      ]).breakdowns,
      [4, 6],
      10,
      0,
    );
    expect(off.cells.flat(2)).not.toContain(true);
  });

  it('hides a second count in the row and column of a small one, and keeps zeros and totals shown', () => {
    const { breakdowns, columnTotals, total } = table([
      [6, 52, 2],
      [30, 40, 9],
      [0, 12, 0],
    ]);
    const hidden = hideSmallCounts(breakdowns, columnTotals, total, BELOW);
    expect(hidden.cells[0]).toEqual([
      [true, false, true],
      [true, false, true],
      [false, false, false],
    ]);
    expect([...hidden.rowTotals[0]!, ...hidden.columnTotals, hidden.total]).not.toContain(true);
  });

  it('does not leave two hidden ones that a shown total says add up to 2', () => {
    const { breakdowns, columnTotals, total } = table([
      [40, 1, 1],
      [30, 20, 20],
    ]);
    const lines = shownLines(
      breakdowns,
      columnTotals,
      total,
      hideSmallCounts(breakdowns, columnTotals, total, BELOW),
    );
    expect(tooTight(lines)).toEqual([]);
  });

  it('gives nothing away through a combination of rows and columns', () => {
    const { breakdowns, columnTotals, total } = table([
      [3, 0, 0],
      [3, 0, 0],
      [15, 4, 9],
      [6, 8, 0],
      [3, 3, 4],
    ]);
    const lines = shownLines(
      breakdowns,
      columnTotals,
      total,
      hideSmallCounts(breakdowns, columnTotals, total, BELOW),
    );
    expect(solvable(lines)).toEqual(new Map());
  });

  it('gives no hidden count away across two tables of the same visits, however the small counts fall', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 300; round += 1) {
      const monthCells = Array.from({ length: 6 }, () =>
        Array.from({ length: 3 }, () => Math.floor(random() * random() * 30)),
      );
      // The same visits by age group: each month's count split between two age groups.
      const half = (n: number) => Math.floor(n / 2);
      const ageCells = [
        monthCells.map((row) => row.map(half)),
        monthCells.map((row) => row.map((n) => n - half(n))),
      ].map((rows) => rows.reduce((sum, row) => sum.map((s, c) => s + row[c]!), [0, 0, 0]));
      const rowTotals = (cells: number[][]) => cells.map((row) => row.reduce((a, b) => a + b, 0));
      const breakdowns = [
        { cells: ageCells, rowTotals: rowTotals(ageCells) },
        { cells: monthCells, rowTotals: rowTotals(monthCells) },
      ];
      const columnTotals = [0, 1, 2].map((c) => monthCells.reduce((sum, row) => sum + row[c]!, 0));
      const total = columnTotals.reduce((a, b) => a + b, 0);
      const lines = shownLines(
        breakdowns,
        columnTotals,
        total,
        hideSmallCounts(breakdowns, columnTotals, total, BELOW),
      );
      expect(solvable(lines), `round ${round}`).toEqual(new Map());
      expect(tooTight(lines), `round ${round}`).toEqual([]);
      for (const count of lines.flatMap((l) => [...l.parts, l.whole]))
        if (count.value > 0 && count.value < BELOW) expect(count.isHidden).toBe(true);
    }
  });
});
