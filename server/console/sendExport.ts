// A console result as a CSV (UTF-8 with BOM, so Excel reads Chinese) or XLSX download, streamed.
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { csvSafe, loadExcelJS, textIfFormulaLike } from '../export';
import { cellText } from './present';
import type { ConsoleResult } from './run';

export type ExportFormat = 'csv' | 'xlsx';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function fileName(format: ExportFormat, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  return `console-${stamp}.${format}`;
}

export async function sendExport(res: Response, result: ConsoleResult, format: ExportFormat): Promise<void> {
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName(format)}"`);
  // The client can tell the user that the export stopped at the row cap.
  res.setHeader('X-Result-Truncated', String(result.truncated));
  res.setHeader('X-Result-Rows', String(result.rowCount));
  const rows = result.rows.map((row) => row.map(cellText));
  if (format === 'csv') {
    res.write('\uFEFF');
    // Text a spreadsheet would run as a formula gets OWASP's quote prefix (csvSafe).
    const safe = [result.columns, ...rows].map((row) => row.map((cell) => (typeof cell === 'boolean' || cell === null ? cell : csvSafe(cell))));
    await pipeline(stringify(safe), res);
    return;
  }
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('result');
  const header = sheet.addRow(result.columns);
  header.font = { bold: true };
  textIfFormulaLike(header);
  header.commit();
  for (const values of rows) {
    const row = sheet.addRow(values);
    textIfFormulaLike(row);
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}
