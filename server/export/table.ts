// A table ready to download: headers already in the reader's language, cells plain values.
// Shared by the analyst questions and anything else that offers CSV or Excel downloads.
export type Cell = string | number | boolean | null;

export interface ExportColumn {
  key: string;
  header: string;
}

export interface ExportTable {
  /** Names the worksheet (trimmed to Excel's 31 characters). */
  title: string;
  columns: ExportColumn[];
  rows: Record<string, Cell>[];
  /** Lines for an "about" sheet in Excel (source, caveats); CSV has no room for them. */
  notes?: string[];
  /** How true/false read in cells, e.g. 是/否. */
  booleans?: { yes: string; no: string };
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function cellText(value: Cell, booleans: ExportTable['booleans'] = { yes: 'yes', no: 'no' }): string | number {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? booleans.yes : booleans.no;
  return value;
}

// Text a spreadsheet would take for a formula (OWASP, CSV injection): it starts with = + - @, tab or CR.
const FORMULA_START = /^[=+\-@\t\r]/;
// A plain number such as "-3.5" or "+1e3" starts with a sign but cannot run anything.
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** Whether a text cell would be read as a formula by Excel, LibreOffice or Google Sheets. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/**
 * A cell for a CSV file: text that would be read as a formula gets OWASP's single-quote prefix, so it is
 * shown as text and never run ("=HYPERLINK(...)" becomes "'=HYPERLINK(...)"). Numbers stay numbers.
 */
export function csvSafe(value: string | number): string | number {
  return typeof value === 'string' && looksLikeFormula(value) ? `'${value}` : value;
}
