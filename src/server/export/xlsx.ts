import ExcelJS from 'exceljs';
import { percentOf, type Cell, type ExportHeading, type ExportTable } from './tally-tables';

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/**
 * One workbook, one sheet per table; each sheet starts with the heading (period, points, export
 * time), so a sheet copied on its own still says what it covers. Counts are numbers, shares
 * percentages with one decimal, hidden cells the text "..".
 */
export async function writeXlsx(
  heading: ExportHeading,
  tables: ExportTable[],
  suppressedText: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Neuvo';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name));
    sheet.addRow([table.title]).font = { bold: true, size: 13 };
    for (const [name, value] of heading.lines) sheet.addRow([name, value]);
    sheet.addRow([]);
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) {
      const added = sheet.addRow(row.map((cell) => valueOf(cell, suppressedText)));
      row.forEach((cell, i) => {
        if (typeof cell === 'object' && 'share' in cell) added.getCell(i + 1).numFmt = '0.0';
        if (typeof cell === 'object' && 'suppressed' in cell)
          added.getCell(i + 1).alignment = { horizontal: 'right' };
      });
    }
    sheet.columns.forEach((column, i) => {
      column.width = i === 0 ? 40 : 18;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function valueOf(cell: Cell, suppressedText: string): string | number {
  if (typeof cell === 'string') return cell;
  if ('suppressed' in cell) return suppressedText;
  if ('count' in cell) return cell.count;
  return percentOf(cell.share);
}
