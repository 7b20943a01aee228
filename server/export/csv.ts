// CSV in UTF-8 with a byte-order mark, so Excel opens Chinese text correctly; no cell runs as a formula.
import { stringify } from 'csv-stringify/sync';
import { cellText, csvSafe, type ExportTable } from './table';

/** Every cell and header through csvSafe: names and notes come from users and imported files. */
export function tableToCsv(table: ExportTable): Buffer {
  const text = stringify(
    table.rows.map((row) => table.columns.map((c) => csvSafe(cellText(row[c.key] ?? null, table.booleans)))),
    { bom: true, header: true, columns: table.columns.map((c) => String(csvSafe(c.header))), record_delimiter: 'windows' },
  );
  return Buffer.from(text, 'utf8');
}
