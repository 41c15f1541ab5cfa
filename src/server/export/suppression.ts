/**
 * One breakdown of the period's visits: a count per row and sector column, and each row's total.
 * The age group table and the month table are two such breakdowns of the same visits, so they
 * share the column totals (visits per sector) and the grand total.
 */
export interface Breakdown {
  cells: number[][];
  rowTotals: number[];
}

/** Which counts of each breakdown and of the shared totals an export hides. */
export interface Hidden {
  cells: boolean[][][];
  rowTotals: boolean[][];
  columnTotals: boolean[];
  total: boolean;
}

/** Counts that add up to another count: `sum(parts) = whole`, as indexes into the list of counts. */
export interface Line {
  parts: number[];
  whole: number;
}

const EPSILON = 1e-9;

/**
 * The hidden counts that the shown ones still pin down exactly: the lines are linear equations,
 * and a hidden count is pinned down when a combination of them leaves it alone. Gauss–Jordan
 * elimination over the hidden counts finds those combinations; the tables are small.
 */
function pinnedDown(lines: readonly Line[], isHidden: readonly boolean[]): number[] {
  const unknowns = isHidden.flatMap((hidden, index) => (hidden ? [index] : []));
  const column = new Map(unknowns.map((index, c) => [index, c]));
  const rows = lines.map((line) => {
    const row = new Array<number>(unknowns.length).fill(0);
    for (const part of line.parts) if (column.has(part)) row[column.get(part)!]! += 1;
    if (column.has(line.whole)) row[column.get(line.whole)!]! -= 1;
    return row;
  });
  let rank = 0;
  for (let c = 0; c < unknowns.length && rank < rows.length; c += 1) {
    const pivot = rows.findIndex((row, r) => r >= rank && Math.abs(row[c]!) > EPSILON);
    if (pivot < 0) continue;
    [rows[rank], rows[pivot]] = [rows[pivot]!, rows[rank]!];
    const lead = rows[rank]!;
    const scale = lead[c]!;
    for (let k = 0; k < lead.length; k += 1) lead[k] = lead[k]! / scale;
    for (const [r, row] of rows.entries()) {
      const factor = row[c]!;
      if (r === rank || Math.abs(factor) <= EPSILON) continue;
      for (let k = 0; k < row.length; k += 1) row[k] = row[k]! - factor * lead[k]!;
    }
    rank += 1;
  }
  return rows.slice(0, rank).flatMap((row) => {
    const nonZero = row.flatMap((value, c) => (Math.abs(value) > EPSILON ? [c] : []));
    return nonZero.length === 1 ? [unknowns[nonZero[0]!]!] : [];
  });
}

/**
 * Hide counts of 1 to below−1 (primary suppression), then as many more as it takes so that no
 * hidden count can be worked out from the shown ones (secondary suppression):
 * - no line has exactly one hidden count;
 * - the hidden parts of a line with a shown whole add up to at least `below`: shown zeros tell a
 *   reader that every hidden count is at least 1, so two hidden parts adding up to 2 are both 1;
 * - no combination of lines pins a hidden count down (see `pinnedDown`).
 * Each round hides the smallest positive count of a line that breaks a rule, a part before a whole.
 */
export function hideSmallCounts(
  breakdowns: Breakdown[],
  columnTotals: number[],
  total: number,
  below: number,
): Hidden {
  const values: number[] = [];
  const isWhole: boolean[] = [];
  const add = (value: number, whole: boolean) => {
    values.push(value);
    isWhole.push(whole);
    return values.length - 1;
  };
  const totalIndex = add(total, true);
  const columnIndexes = columnTotals.map((value) => add(value, true));
  const cellIndexes = breakdowns.map((b) => b.cells.map((row) => row.map((value) => add(value, false))));
  const rowIndexes = breakdowns.map((b) => b.rowTotals.map((value) => add(value, true)));

  const lines: Line[] = [{ parts: columnIndexes, whole: totalIndex }];
  breakdowns.forEach((breakdown, b) => {
    breakdown.cells.forEach((_, r) => lines.push({ parts: cellIndexes[b]![r]!, whole: rowIndexes[b]![r]! }));
    columnIndexes.forEach((whole, c) => lines.push({ parts: cellIndexes[b]!.map((row) => row[c]!), whole }));
    lines.push({ parts: rowIndexes[b]!, whole: totalIndex });
  });

  const isHidden = hideInLines(values, isWhole, lines, below);
  return {
    cells: cellIndexes.map((rows) => rows.map((row) => row.map((i) => isHidden[i]!))),
    rowTotals: rowIndexes.map((row) => row.map((i) => isHidden[i]!)),
    columnTotals: columnIndexes.map((i) => isHidden[i]!),
    total: isHidden[totalIndex]!,
  };
}

/**
 * The rules above over any counts and lines (tables that share totals in other shapes than
 * `hideSmallCounts` knows): which of `values` to hide. `isWhole` marks the totals, hidden last.
 */
export function hideInLines(values: number[], isWhole: boolean[], lines: Line[], below: number): boolean[] {
  const isHidden = values.map((value) => value > 0 && value < below);
  const cheapestIn = (members: number[]) =>
    members
      .filter((i) => !isHidden[i] && values[i]! > 0)
      .sort((a, b) => Number(isWhole[a]) - Number(isWhole[b]) || values[a]! - values[b]!)[0];
  const breaksLineRule = (line: Line) => {
    const hiddenParts = line.parts.filter((i) => isHidden[i]);
    const hiddenCount = hiddenParts.length + Number(isHidden[line.whole]);
    if (hiddenCount === 1) return true;
    const hiddenSum = hiddenParts.reduce((sum, i) => sum + values[i]!, 0);
    return !isHidden[line.whole] && hiddenParts.length > 0 && hiddenSum < below;
  };
  const nextToHide = (): number | undefined => {
    for (const line of lines) {
      const next = breaksLineRule(line) ? cheapestIn([...line.parts, line.whole]) : undefined;
      if (next !== undefined) return next;
    }
    for (const pinned of pinnedDown(lines, isHidden)) {
      const around = lines.filter((line) => line.whole === pinned || line.parts.includes(pinned));
      const next =
        cheapestIn(around.flatMap((line) => [...line.parts, line.whole])) ??
        cheapestIn(values.map((_, i) => i));
      if (next !== undefined) return next;
    }
    return undefined;
  };
  for (let next = nextToHide(); next !== undefined; next = nextToHide()) isHidden[next] = true;

  return isHidden;
}
