// CSV in UTF-8 with a byte-order mark, so Excel opens Chinese text correctly.
import { stringify } from 'csv-stringify/sync';
import { cellText, type ExportTable } from './table';

export function tableToCsv(table: ExportTable): Buffer {
  const text = stringify(
    table.rows.map((row) => table.columns.map((c) => cellText(row[c.key] ?? null, table.booleans))),
    { bom: true, header: true, columns: table.columns.map((c) => c.header), record_delimiter: 'windows' },
  );
  return Buffer.from(text, 'utf8');
}
