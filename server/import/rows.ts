// Reads an uploaded file row by row, streaming (never the whole file in memory): CSV through csv-parse,
// XLSX through exceljs's streaming WorkbookReader (first worksheet). Row numbers are the spreadsheet's:
// the header is row 1.
import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { neo4jErrorCode } from '../../graph/db/errors';
import type { ImportFormat } from '../../graph/model';
import { importErrors } from '../errors';
import { loadExcelJS } from '../export';
import type { RawCell } from './columns';

export type UploadFormat = ImportFormat;

/** Columns read per row: the widest template has a few dozen; more is a broken or hostile file. */
export const MAX_COLUMNS = 500;

export interface SheetRow {
  row: number;
  cells: RawCell[];
  /** Positions of CSV cells whose bytes are not UTF-8 (their cell is null). */
  badEncoding?: number[];
}

/** The file could not be read at all (not CSV, not XLSX, broken quoting). */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
  constructor(
    readonly row: number | null,
    readonly reason: string,
    readonly reasonZh: string,
    /** The row has more than MAX_COLUMNS cells. */
    readonly tooWide = false,
  ) {
    super(reason);
  }
}

export function readRows(path: string, format: UploadFormat): AsyncGenerator<SheetRow> {
  return format === 'csv' ? readCsv(path) : readXlsx(path);
}

const tooWide = (row: number, cells: number) =>
  new UnreadableFileError(row, `has ${cells} columns; at most ${MAX_COLUMNS} are read`, `共 ${cells} 列，超过 ${MAX_COLUMNS} 列的上限`, true);

/** The header row alone: a file wider than MAX_COLUMNS is refused (400) before any work is done. */
export async function checkColumnLimit(path: string, format: UploadFormat): Promise<void> {
  const rows = readRows(path, format);
  try {
    await rows.next();
  } catch (error) {
    if (error instanceof UnreadableFileError && error.tooWide) {
      throw importErrors.tooManyColumns(error.reason, error.reasonZh);
    }
    // Other problems are reported row by row by the full read.
  } finally {
    await rows.return(undefined);
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];

async function leadingBytes(path: string): Promise<number[]> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(3), 0, 3, 0);
    return [...buffer.subarray(0, bytesRead)];
  } finally {
    await file.close();
  }
}

const startsWith = (bytes: number[], prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * CSV cells come out of the parser as bytes and are decoded one by one with a fatal UTF-8 decoder, so a
 * byte sequence that is not UTF-8 (a GBK/ANSI file, a broken export) is reported at its row and column
 * rather than stored as U+FFFD. A U+FFFD that is properly encoded is text like any other and is kept.
 * UTF-16LE files (with their BOM) are decoded by the parser as before.
 */
async function* readCsv(path: string): AsyncGenerator<SheetRow> {
  const lead = await leadingBytes(path);
  const utf16 = startsWith(lead, UTF16LE_BOM);
  const start = startsWith(lead, UTF8_BOM) ? UTF8_BOM.length : utf16 ? UTF16LE_BOM.length : 0;
  const parser = createReadStream(path, { start }).pipe(
    parse({ encoding: utf16 ? 'utf16le' : null, relax_column_count: true, skip_empty_lines: false }),
  );
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<(string | Uint8Array)[]>) {
      row += 1;
      if (record.length > MAX_COLUMNS) throw tooWide(row, record.length);
      const badEncoding: number[] = [];
      const cells = record.map((field, index): RawCell => {
        if (typeof field === 'string') return field;
        try {
          return decoder.decode(field);
        } catch {
          badEncoding.push(index);
          return null;
        }
      });
      yield badEncoding.length > 0 ? { row, cells, badEncoding } : { row, cells };
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    const code = neo4jErrorCode(error) ?? '';
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
  const ExcelJS = await loadExcelJS();
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
        if (values.length > MAX_COLUMNS) throw tooWide(row.number, values.length);
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
