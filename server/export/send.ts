// Sends a table as a download with a filename that survives every browser: an ASCII fallback and the
// UTF-8 name (RFC 6266 / RFC 5987).
import type { Response } from 'express';
import { tableToCsv } from './csv';
import { CONTENT_TYPES, type ExportFormat, type ExportTable } from './table';
import { tableToXlsx } from './xlsx';

export function contentDisposition(asciiName: string, utf8Name: string): string {
  const fallback = asciiName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(utf8Name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export async function renderTable(table: ExportTable, format: ExportFormat): Promise<Buffer> {
  return format === 'csv' ? tableToCsv(table) : tableToXlsx(table);
}

/**
 * Sends the table; `name` is the file name without extension, `asciiName` its ASCII form
 * (e.g. "南通-缺链环节" and "innochain-links-without-local-firm").
 */
export async function sendTable(
  res: Response,
  table: ExportTable,
  format: ExportFormat,
  names: { name: string; asciiName: string },
): Promise<void> {
  const body = await renderTable(table, format);
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  res.setHeader('Content-Disposition', contentDisposition(`${names.asciiName}.${format}`, `${names.name}.${format}`));
  res.setHeader('Cache-Control', 'no-store');
  res.send(body);
}
