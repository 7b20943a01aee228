// Writes rows as CSV for the product's spreadsheet importer: a header of field names, one line per row,
// lists joined with "|", streamed to disk.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(text).join('|');
  return JSON.stringify(value) ?? '';
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const written = text(value);
  return /[",\r\n]/.test(written) ? `"${written.replace(/"/g, '""')}"` : written;
}

export async function writeCsv(file: string, columns: readonly string[], rows: Iterable<Record<string, unknown>>): Promise<number> {
  const out = createWriteStream(file, 'utf8');
  const write = async (line: string): Promise<void> => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(`${columns.map(cell).join(',')}\n`);
  let count = 0;
  for (const row of rows) {
    await write(`${columns.map((c) => cell(row[c])).join(',')}\n`);
    count++;
  }
  out.end();
  await once(out, 'finish');
  return count;
}
