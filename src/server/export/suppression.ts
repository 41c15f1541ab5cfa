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

interface Member {
  value: number;
  isTotal: boolean;
  isHidden: () => boolean;
  hide: () => void;
}

/**
 * Hide small counts (primary suppression) and then as many more as it takes so that no hidden
 * count can be worked out from the totals printed beside it (secondary suppression): a row or a
 * column that adds up to a shown total must never have exactly one hidden count. Such a line
 * hides its smallest other positive count too, a count before a total, until nothing changes.
 */
export function hideSmallCounts(breakdowns: Breakdown[], columnTotals: number[], total: number, isSmall: (count: number) => boolean): Hidden {
  const hidden: Hidden = {
    cells: breakdowns.map((b) => b.cells.map((row) => row.map(isSmall))),
    rowTotals: breakdowns.map((b) => b.rowTotals.map(isSmall)),
    columnTotals: columnTotals.map(isSmall),
    total: isSmall(total),
  };
  const member = (value: number, isTotal: boolean, flags: boolean[], i: number): Member => ({
    value,
    isTotal,
    isHidden: () => flags[i]!,
    hide: () => (flags[i] = true),
  });
  const totalMember: Member = { value: total, isTotal: true, isHidden: () => hidden.total, hide: () => (hidden.total = true) };
  const columnTotalMembers = columnTotals.map((value, c) => member(value, true, hidden.columnTotals, c));

  // Every line whose counts add up to a total that is printed (or printed in another table).
  const lines: Member[][] = [[...columnTotalMembers, totalMember]];
  breakdowns.forEach((breakdown, b) => {
    const cell = (r: number, c: number) => member(breakdown.cells[r]![c]!, false, hidden.cells[b]![r]!, c);
    const rowTotal = (r: number) => member(breakdown.rowTotals[r]!, true, hidden.rowTotals[b]!, r);
    breakdown.cells.forEach((row, r) => lines.push([...row.map((_, c) => cell(r, c)), rowTotal(r)]));
    columnTotals.forEach((_, c) => lines.push([...breakdown.cells.map((_, r) => cell(r, c)), columnTotalMembers[c]!]));
    lines.push([...breakdown.rowTotals.map((_, r) => rowTotal(r)), totalMember]);
  });

  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      if (line.filter((m) => m.isHidden()).length !== 1) continue;
      const next = line
        .filter((m) => !m.isHidden() && m.value > 0)
        .sort((a, b) => Number(a.isTotal) - Number(b.isTotal) || a.value - b.value)[0];
      if (next) {
        next.hide();
        changed = true;
      }
    }
  }
  return hidden;
}
