// Pass one of an import: every row read, typed, checked against the model and against the graph (ids
// keep their label, references exist, relationship ends may be joined), with what it would create,
// update or link. Nothing is written; the report lists each bad row with its column and reason.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import {
  allowsEndpoints,
  NODE_LABEL_NAMES,
  type DryRunReport,
  type ImportCounts,
  type NodeLabel,
  type RelationshipType,
  type RowError,
} from '../../graph/model';
import { withArticle } from '../errors';
import { primaryLabel } from '../presenters/entity';
import { Labels, readRows as readRecords } from '../presenters/rows';
import { referencesOf, type ReferenceRule } from '../edit/references';
import { editableNodeSchema, EditableRelationship } from '../edit/validation';
import { mapHeader, readCell, type CellProblem, type RawCell } from './columns';
import { OneAhead } from './pipeline';
import { badReference, endsNotAllowed, missingEnd } from './reasons';
import { checkNodeRows, checkRelationshipRows } from './queries';
import { readRows, UnreadableFileError, type UploadFormat } from './rows';
import { issueReasons } from '../zodDetails';
import { columnsOf, type ImportTarget } from './targets';
import type { FieldInfo } from '../edit';

export type { RowError } from '../../graph/model';

/** What the check found: the dry-run report without what the router adds about the upload. */
export type ValidationReport = Pick<DryRunReport, 'rows' | 'valid' | 'errors' | 'errorCount' | 'counts'>;

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

export interface ReadOptions {
  path: string;
  format: UploadFormat;
  fileName: string;
  target: ImportTarget;
}

/** Rows of a file as model records, with per-row problems; shared by validation and the write pass. */
export async function* importRows(options: ReadOptions): AsyncGenerator<{ row: ImportRow } | { errors: RowError[] }> {
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
      yield { errors: badEncoding.map((index) => notUtf8(row, fields?.[index]?.name ?? `column ${index + 1}`)) };
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

function parseRow(row: number, cells: RawCell[], fields: (FieldInfo | undefined)[], options: ReadOptions): { row: ImportRow } | { errors: RowError[] } {
  const record: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  fields.forEach((field, index) => {
    if (!field) return;
    const read = readCell(cells[index] ?? null, field);
    if ('problem' in read) problems.push(read.problem);
    else if (read.value !== undefined) record[field.name] = read.value;
  });
  if (problems.length > 0) return { errors: problems.map((p) => ({ row, ...p })) };
  const provenance = { sourceKind: 'import', sourceRef: `${options.fileName}#${row}` };
  const schema = options.target.kind === 'node' ? editableNodeSchema(options.target.name) : EditableRelationship;
  const input = options.target.kind === 'node' ? record : { ...record, type: options.target.name };
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.map((issue) => ({
        row,
        column: issue.path.length > 0 ? String(issue.path[0]) : null,
        ...issueReasons(issue),
      })),
    };
  }
  const data = parsed.data as Record<string, unknown>;
  if (options.target.kind === 'node') {
    const id = String(data.id);
    const rule = referencesOf(options.target.name)[0];
    const ref = rule ? (data[rule.property] as string | undefined) : undefined;
    return { row: { row, key: id, id, ...(ref ? { ref } : {}), props: { ...data, ...provenance } } };
  }
  const { from, to, type: _type, ...notes } = data as { from: string; to: string; type: string };
  return { row: { row, key: `${from}|${to}`, from, to, props: { ...notes, ...provenance } } };
}

/** Collects errors up to a cap, counting them all. */
export class ErrorList<T = RowError> {
  readonly items: T[] = [];
  count = 0;
  constructor(private readonly cap: number) {}
  add(...errors: T[]): void {
    for (const error of errors) {
      this.count += 1;
      if (this.items.length < this.cap) this.items.push(error);
    }
  }
}

export interface ValidateOptions extends ReadOptions {
  batchSize: number;
  maxReportedErrors: number;
  /** Called with the rows seen so far, after a checked batch, at most once a second. */
  onProgress?: (rows: number) => Promise<void>;
}

const PROGRESS_EVERY_MS = 1000;

export async function validateImport(db: Database, options: ValidateOptions): Promise<ValidationReport> {
  const errors = new ErrorList(options.maxReportedErrors);
  const counts: ImportCounts = { create: 0, update: 0, link: 0 };
  const firstRow = new Map<string, number>();
  const inFlight = new OneAhead();
  let rows = 0;
  let batch: ImportRow[] = [];
  let reportedAt = performance.now();
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const checked = batch;
    const seen = rows;
    batch = [];
    // Checked in the database while the next batch is read; batches still finish in order.
    await inFlight.start(async () => {
      if (options.target.kind === 'node') await checkNodeBatch(db, options.target.name, checked, errors, counts);
      else await checkRelationshipBatch(db, options.target.name, checked, errors, counts);
      if (performance.now() - reportedAt >= PROGRESS_EVERY_MS) {
        reportedAt = performance.now();
        await options.onProgress?.(seen);
      }
    });
  };
  try {
    for await (const item of importRows(options)) {
      if ('errors' in item) {
        const header = item.errors.some((e) => e.row === 1 || e.row === null);
        for (const error of item.errors) errors.add(error);
        if (!header) rows += 1;
        continue;
      }
      rows += 1;
      const seenAt = firstRow.get(item.row.key);
      if (seenAt !== undefined) {
        errors.add({
          row: item.row.row,
          column: options.target.kind === 'node' ? 'id' : 'to',
          reason: `repeats row ${seenAt}`,
          reasonZh: `与第 ${seenAt} 行重复`,
        });
        continue;
      }
      firstRow.set(item.row.key, item.row.row);
      batch.push(item.row);
      if (batch.length >= options.batchSize) await flush();
    }
    await flush();
    await inFlight.finish();
  } catch (error) {
    await inFlight.finish().catch(() => undefined);
    if (!(error instanceof UnreadableFileError)) throw error;
    errors.add({ row: error.row, column: null, reason: error.reason, reasonZh: error.reasonZh });
  }
  if (rows === 0 && errors.count === 0) {
    errors.add({ row: null, column: null, reason: 'the file has a header but no data rows', reasonZh: '文件只有表头，没有数据行' });
  }
  return { rows, valid: errors.count === 0, errors: errors.items, errorCount: errors.count, counts };
}

/** checkNodeRows answers: the row's index, the labels of a node already holding its id and of its reference. */
const CheckedNodeRow = z.object({ index: z.number().int(), labels: Labels.nullable(), refLabels: Labels.nullable(), linked: z.boolean() });
/** checkRelationshipRows answers: the rows (by index) whose ends have these labels, and whether they are joined. */
const CheckedRelationshipRows = z.object({ fromLabels: Labels.nullable(), toLabels: Labels.nullable(), exists: z.boolean(), indexes: z.array(z.number().int()) });

async function checkNodeBatch(db: Database, label: NodeLabel, batch: ImportRow[], errors: ErrorList, counts: ImportCounts): Promise<void> {
  const rule: ReferenceRule | undefined = referencesOf(label)[0];
  const result = await db.read((tx) => tx.run(checkNodeRows(rule), { rows: batch.map((r, index) => [index, r.id, r.ref ?? null]) }));
  // The query answers only for rows that are not plain new nodes with a good reference.
  const answers = new Map(readRecords(result, CheckedNodeRow).map((answer) => [answer.index, answer]));
  batch.forEach((row, index) => {
    const record = answers.get(index);
    const existing = record?.labels ? primaryLabel(record.labels) : undefined;
    if (existing && existing !== label) {
      errors.add({ row: row.row, column: 'id', reason: `"${row.id}" is already ${withArticle(existing)}`, reasonZh: `编号「${row.id}」已被${NODE_LABEL_NAMES[existing].zh}使用` });
      return;
    }
    if (rule && row.ref !== undefined) {
      const refLabel = record === undefined ? rule.target : record.refLabels ? primaryLabel(record.refLabels) : undefined;
      if (refLabel !== rule.target) {
        errors.add({ row: row.row, column: rule.property, ...badReference(row.ref, refLabel, rule.target, 'graph') });
        return;
      }
      if (rule.relationship && record?.linked !== true) counts.link += 1;
    }
    if (existing) counts.update += 1;
    else counts.create += 1;
  });
}

async function checkRelationshipBatch(db: Database, type: RelationshipType, batch: ImportRow[], errors: ErrorList, counts: ImportCounts): Promise<void> {
  const result = await db.read((tx) => tx.run(checkRelationshipRows(type), { rows: batch.map((r, index) => [index, r.from, r.to]) }));
  const found: RowError[] = [];
  for (const { fromLabels, toLabels, exists, indexes } of readRecords(result, CheckedRelationshipRows)) {
    const rows = indexes.map((index) => batch[index] as ImportRow);
    if (!fromLabels || !toLabels) {
      for (const row of rows) {
        if (!fromLabels) found.push({ row: row.row, column: 'from', ...missingEnd(row.from, 'graph') });
        if (!toLabels) found.push({ row: row.row, column: 'to', ...missingEnd(row.to, 'graph') });
      }
      continue;
    }
    const fromLabel = primaryLabel(fromLabels);
    const toLabel = primaryLabel(toLabels);
    if (!allowsEndpoints(type, fromLabel, toLabel)) {
      for (const row of rows) found.push({ row: row.row, column: 'from', ...endsNotAllowed(type, fromLabel, toLabel) });
      continue;
    }
    if (exists) counts.update += rows.length;
    else counts.create += rows.length;
  }
  // Groups come in no particular order: report a batch's problems in row order.
  errors.add(...found.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
}
