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
