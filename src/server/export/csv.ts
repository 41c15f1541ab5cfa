import Papa from 'papaparse';
import type { Lang } from '../../domain/lang';
import { percentOf, type Cell, type ExportHeading, type ExportTable } from './tally-tables';

/** Excel in Finnish and Swedish locales expects `;` and a decimal comma; English Excel `,` and a dot. */
export function csvFormatOf(lang: Lang): { delimiter: string; decimal: string } {
  return lang === 'en' ? { delimiter: ',', decimal: '.' } : { delimiter: ';', decimal: ',' };
}

/** A share of visits (0..1) as a percentage with one decimal, e.g. 0.235 → "23,5". */
function percentText(share: number, decimal: string): string {
  return percentOf(share).toFixed(1).replace('.', decimal);
}

/**
 * Cells a spreadsheet would read as a formula (OWASP's CSV injection list: = + - @ tab, carriage
 * return). Papa's own default pattern misses a formula followed by a line break, so we give ours.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The heading and tables as one CSV text: UTF-8 with a BOM (so Excel reads the ä and ö right),
 * each table under its title and separated by an empty line.
 */
export function writeCsv(
  heading: ExportHeading,
  tables: ExportTable[],
  lang: Lang,
  suppressedText: string,
): string {
  const { delimiter, decimal } = csvFormatOf(lang);
  // Counts stay numbers (never escaped); every text, labels and names included, is escaped.
  const text = (cell: Cell): string | number => {
    if (typeof cell === 'string') return cell;
    if ('suppressed' in cell) return suppressedText;
    if ('count' in cell) return cell.count;
    return percentText(cell.share, decimal);
  };
  const rows: (string | number)[][] = [
    [heading.title],
    ...heading.lines.map(([name, value]) => [name, value]),
  ];
  for (const table of tables) {
    rows.push([], [table.title], table.columns, ...table.rows.map((row) => row.map(text)));
  }
  return `\uFEFF${Papa.unparse(rows, { delimiter, newline: '\r\n', escapeFormulae: FORMULA_START })}\r\n`;
}
