// An Excel workbook: the table on the first sheet (bold, frozen header with a filter), notes on a second.
import type { Row } from 'exceljs';
import { loadExcelJS } from './excel';
import { cellText, looksLikeFormula, type ExportTable } from './table';

const MAX_WIDTH = 60;

/** Excel forbids []:*?/\ in sheet names and caps them at 31 characters. */
export function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Sheet1';
}

/** Columns wide enough for their text; CJK characters take two cells' width. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return width;
}

/**
 * Text is written as string cells, never formulas, with the text itself unchanged; text that looks like a
 * formula also gets the Text format ("@"), so editing the cell in Excel does not turn it into one.
 */
export function textIfFormulaLike(row: Row): void {
  row.eachCell((cell) => {
    if (typeof cell.value === 'string' && looksLikeFormula(cell.value)) cell.numFmt = '@';
  });
}

export async function tableToXlsx(table: ExportTable): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'innochain';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => {
    const texts = [c.header, ...table.rows.map((r) => String(cellText(r[c.key] ?? null, table.booleans)))];
    const width = Math.min(MAX_WIDTH, Math.max(8, ...texts.map(displayWidth)) + 2);
    return { header: c.header, key: c.key, width };
  });
  for (const row of table.rows) {
    textIfFormulaLike(sheet.addRow(Object.fromEntries(table.columns.map((c) => [c.key, cellText(row[c.key] ?? null, table.booleans)]))));
  }
  textIfFormulaLike(sheet.getRow(1));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  if (table.columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  sheet.eachRow((row, index) => {
    if (index > 1) row.alignment = { vertical: 'top', wrapText: true };
  });
  if (table.notes && table.notes.length > 0) {
    const about = workbook.addWorksheet(sheetName(table.title === 'About' ? 'Notes' : 'About'));
    about.getColumn(1).width = 120;
    for (const line of table.notes) {
      const added = about.addRow([line]);
      added.alignment = { wrapText: true };
      textIfFormulaLike(added);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
