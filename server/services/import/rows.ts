// Reads an uploaded file row by row, streaming (never the whole file in memory): CSV through csv-parse,
// XLSX through exceljs's streaming WorkbookReader (first worksheet). Row numbers are the spreadsheet's:
// the header is row 1.
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { createReadStream } from 'node:fs';
import type { RawCell } from './columns';

export type UploadFormat = 'csv' | 'xlsx';

export interface SheetRow {
  row: number;
  cells: RawCell[];
}

/** The file could not be read at all (not CSV, not XLSX, broken quoting). */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
  constructor(
    readonly row: number | null,
    readonly reason: string,
    readonly reasonZh: string,
  ) {
    super(reason);
  }
}

export function readRows(path: string, format: UploadFormat): AsyncGenerator<SheetRow> {
  return format === 'csv' ? readCsv(path) : readXlsx(path);
}

async function* readCsv(path: string): AsyncGenerator<SheetRow> {
  const parser = createReadStream(path).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: false }));
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells: record };
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    throw new UnreadableFileError(row + 1, `not valid CSV (${code || 'unreadable'})`, '不是有效的 CSV 文件（引号或分隔符有误）');
  } finally {
    parser.destroy();
  }
}

function cellValue(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellValue(value.result);
    if ('richText' in value && Array.isArray(value.richText)) {
      return (value.richText as { text?: unknown }[]).map((part) => (typeof part.text === 'string' ? part.text : '')).join('');
    }
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return `#${String(value.error)}`;
  }
  return JSON.stringify(value);
}

async function* readXlsx(path: string): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        yield { row: row.number, cells: Array.from(values, cellValue) };
      }
      // Only the first worksheet holds data; a "说明 Help" sheet may follow.
      return;
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(null, 'not a valid XLSX workbook', '不是有效的 XLSX 工作簿');
  }
}
