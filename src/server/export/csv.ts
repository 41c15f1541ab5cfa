import Papa from 'papaparse';
import type { Lang } from '../../domain/lang';
import { percentOf, type Cell, type ExportHeading, type ExportTable } from './tally-tables';

/** Excel in Finnish and Swedish locales expects `;` and a decimal comma; English Excel `,` and a dot. */
function csvFormatOf(lang: Lang): { delimiter: string; decimal: string } {
  return lang === 'en' ? { delimiter: ',', decimal: '.' } : { delimiter: ';', decimal: ',' };
}

/** A share of visits (0..1) as a percentage with one decimal, e.g. 0.235 → "23,5". */
function percentText(share: number, decimal: string): string {
  return percentOf(share).toFixed(1).replace('.', decimal);
}

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
  const text = (cell: Cell): string => {
    if (typeof cell === 'string') return cell;
    if ('suppressed' in cell) return suppressedText;
    if ('count' in cell) return String(cell.count);
    return percentText(cell.share, decimal);
  };
  const rows: string[][] = [[heading.title], ...heading.lines.map(([name, value]) => [name, value])];
  for (const table of tables) {
    rows.push([], [table.title], table.columns, ...table.rows.map((row) => row.map(text)));
  }
  return `\uFEFF${Papa.unparse(rows, { delimiter, newline: '\r\n' })}\r\n`;
}
