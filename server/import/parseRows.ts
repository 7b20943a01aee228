// Rows of an import file as model records. A rejected row carries every problem it has (each cell's
// type, then the model's rules on the cells that did read) and the id, reference or ends that could
// still be read, so the graph checks run on it too: one dry run names all of a row's problems.
import type { RowError } from '../../graph/model';
import { referencesOf } from '../edit/references';
import type { FieldInfo } from '../edit';
import { issueReasons } from '../zodDetails';
import { mapHeader, readCell, type CellProblem, type RawCell } from './columns';
import { importProvenance, importSchema, publicWithoutAddress } from './provenance';
import { readRows, type UploadFormat } from './rows';
import { columnsOf, type ImportTarget } from './targets';

/** One valid row, ready for a write batch. */
export interface ImportRow {
  row: number;
  /** Node id, or relationship "from|to". */
  key: string;
  id?: string;
  ref?: string;
  from?: string;
  to?: string;
  props: Record<string, unknown>;
}

/** What could be read of a rejected row: the cells that name nodes, when they read well. */
export interface RejectedRow {
  row: number;
  key?: string;
  id?: string;
  ref?: string;
  from?: string;
  to?: string;
}

export type ParsedRow = { row: ImportRow } | { errors: RowError[]; rejected?: RejectedRow };

export interface ReadOptions {
  path: string;
  format: UploadFormat;
  fileName: string;
  target: ImportTarget;
}

/** Rows of a file as model records, with per-row problems; shared by validation and the write pass. */
export async function* importRows(options: ReadOptions): AsyncGenerator<ParsedRow> {
  const columns = columnsOf(options.target);
  let fields: (FieldInfo | undefined)[] | undefined;
  for await (const { row, cells, badEncoding = [] } of readRows(options.path, options.format)) {
    if (!fields) {
      const header = mapHeader(cells, columns);
      const problems = [...badEncoding.map((index) => notUtf8(row, `column ${index + 1}`)), ...header.problems.map((p) => ({ row, ...p }))];
      if (problems.length > 0) {
        yield { errors: problems };
        return;
      }
      fields = header.fields;
      continue;
    }
    if (badEncoding.length > 0) {
      // Every cell of the row counts, read or not: the file is not the UTF-8 it must be.
      yield { errors: badEncoding.map((index) => notUtf8(row, fields?.[index]?.name ?? `column ${index + 1}`)), rejected: { row } };
      continue;
    }
    if (cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) continue;
    yield parseRow(row, cells, fields, options);
  }
  if (!fields) yield { errors: [{ row: null, column: null, reason: 'the file has no header row', reasonZh: '文件没有表头行' }] };
}

function notUtf8(row: number, column: string): RowError {
  return {
    row,
    column,
    reason: 'is not valid UTF-8 text (a file saved as GBK/ANSI?); save it as "CSV UTF-8" and upload it again',
    reasonZh: '不是有效的 UTF-8 文本（文件可能以 GBK/ANSI 编码保存），请另存为“CSV UTF-8”后重新上传',
  };
}

function parseRow(row: number, cells: RawCell[], fields: (FieldInfo | undefined)[], options: ReadOptions): ParsedRow {
  const record: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  fields.forEach((field, index) => {
    if (!field) return;
    const read = readCell(cells[index] ?? null, field);
    if ('problem' in read) problems.push(read.problem);
    else if (read.value !== undefined) record[field.name] = read.value;
  });
  const { target } = options;
  const parsed = importSchema(target).safeParse(target.kind === 'node' ? record : { ...record, type: target.name });
  const unsourced = publicWithoutAddress(record);
  if (unsourced) problems.push(unsourced);
  if (problems.length === 0 && parsed.success) return { row: accepted(row, parsed.data, options) };
  // A cell that did not read is named once, by its own problem, not again as missing.
  const unread = new Set(problems.map((p) => p.column));
  const issues = parsed.success ? [] : parsed.error.issues.filter((issue) => !unread.has(String(issue.path[0])));
  const errors: RowError[] = [
    ...problems.map((p) => ({ row, ...p })),
    ...issues.map((issue) => ({ row, column: issue.path.length > 0 ? String(issue.path[0]) : null, ...issueReasons(issue) })),
  ];
  const bad = new Set(errors.map((e) => e.column));
  const good = (name: string): string | undefined => {
    const value = record[name];
    return typeof value === 'string' && value.trim() !== '' && !bad.has(name) ? value.trim() : undefined;
  };
  if (target.kind === 'node') {
    const rule = referencesOf(target.name)[0];
    const id = good('id');
    const ref = rule ? good(rule.property) : undefined;
    return { errors, rejected: { row, ...(id ? { key: id, id } : {}), ...(ref ? { ref } : {}) } };
  }
  const from = good('from');
  const to = good('to');
  return { errors, rejected: { row, ...(from && to ? { key: `${from}|${to}` } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) } };
}

function accepted(row: number, data: Record<string, unknown>, options: ReadOptions): ImportRow {
  const provenance = importProvenance(data, options.fileName, row);
  if (options.target.kind === 'node') {
    const id = String(data.id);
    const rule = referencesOf(options.target.name)[0];
    const ref = rule ? (data[rule.property] as string | undefined) : undefined;
    return { row, key: id, id, ...(ref ? { ref } : {}), props: { ...data, ...provenance } };
  }
  const { from, to, type: _type, ...notes } = data as { from: string; to: string; type: string };
  return { row, key: `${from}|${to}`, from, to, props: { ...notes, ...provenance } };
}
