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
import { OneAhead } from './pipeline';
import { badReference, endsNotAllowed, missingEnd } from './reasons';
import { checkNodeRows, checkRelationshipRows } from './queries';
import { storedValidityProblems } from './storedValidity';
import { importRows, type ReadOptions, type RejectedRow } from './parseRows';
import { UnreadableFileError } from './rows';

export type { RowError } from '../../graph/model';
export { importRows, type ImportRow, type ReadOptions, type RejectedRow } from './parseRows';

/** What the check found: the dry-run report without what the router adds about the upload. */
export type ValidationReport = Pick<DryRunReport, 'rows' | 'valid' | 'errors' | 'errorCount' | 'counts'>;

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
  let batch: CheckRow[] = [];
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
      if ('errors' in item && !item.rejected) {
        // The header, or a file with no header: nothing below it was read.
        errors.add(...item.errors);
        continue;
      }
      rows += 1;
      // A rejected row is still checked against the graph, so its other problems show in this run.
      const row: CheckRow = 'errors' in item ? { ...(item.rejected as RejectedRow), problems: [...item.errors] } : item.row;
      const seenAt = row.key === undefined ? undefined : firstRow.get(row.key);
      if (seenAt !== undefined) {
        const repeat = { row: row.row, column: options.target.kind === 'node' ? 'id' : 'to', reason: `repeats row ${seenAt}`, reasonZh: `与第 ${seenAt} 行重复` };
        batch.push({ row: row.row, problems: [...(row.problems ?? []), repeat] });
      } else {
        if (row.key !== undefined) firstRow.set(row.key, row.row);
        batch.push(row);
      }
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

/** A row to check against the graph: a valid one, or what could be read of a rejected one with its problems. */
type CheckRow = RejectedRow & { problems?: RowError[] };

/** checkNodeRows answers: the row's index, the labels of a node already holding its id and of its reference. */
const CheckedNodeRow = z.object({ index: z.number().int(), labels: Labels.nullable(), refLabels: Labels.nullable(), linked: z.boolean() });
/** checkRelationshipRows answers: the rows (by index) whose ends have these labels, and whether they are joined. */
const CheckedRelationshipRows = z.object({ fromLabels: Labels.nullable(), toLabels: Labels.nullable(), exists: z.boolean(), indexes: z.array(z.number().int()) });

async function checkNodeBatch(db: Database, label: NodeLabel, batch: CheckRow[], errors: ErrorList, counts: ImportCounts): Promise<void> {
  const rule: ReferenceRule | undefined = referencesOf(label)[0];
  const result = await db.read((tx) => tx.run(checkNodeRows(rule), { rows: batch.map((r, index) => [index, r.id ?? null, r.ref ?? null]) }));
  // The query answers only for rows that are not plain new nodes with a good reference.
  const answers = new Map(readRecords(result, CheckedNodeRow).map((answer) => [answer.index, answer]));
  const reversed = await storedValidityProblems(db, { kind: 'node', name: label }, batch);
  batch.forEach((row, index) => {
    const found = [...(row.problems ?? [])];
    const record = answers.get(index);
    const existing = record?.labels ? primaryLabel(record.labels) : undefined;
    if (existing && existing !== label && row.id !== undefined) {
      found.push({ row: row.row, column: 'id', reason: `"${row.id}" is already ${withArticle(existing)}`, reasonZh: `编号「${row.id}」已被${NODE_LABEL_NAMES[existing].zh}使用` });
    }
    const refLabel = record === undefined ? rule?.target : record.refLabels ? primaryLabel(record.refLabels) : undefined;
    if (rule && row.ref !== undefined && refLabel !== rule.target) {
      found.push({ row: row.row, column: rule.property, ...badReference(row.ref, refLabel, rule.target, 'graph') });
    }
    found.push(...reversed.filter((problem) => problem.row === row.row));
    errors.add(...found);
    if (found.length > 0) return;
    if (rule && row.ref !== undefined && rule.relationship && record?.linked !== true) counts.link += 1;
    if (existing) counts.update += 1;
    else counts.create += 1;
  });
}

async function checkRelationshipBatch(db: Database, type: RelationshipType, batch: CheckRow[], errors: ErrorList, counts: ImportCounts): Promise<void> {
  const result = await db.read((tx) => tx.run(checkRelationshipRows(type), { rows: batch.map((r, index) => [index, r.from ?? null, r.to ?? null]) }));
  const found: RowError[] = [...batch.flatMap((row) => row.problems ?? []), ...(await storedValidityProblems(db, { kind: 'relationship', name: type }, batch))];
  for (const { fromLabels, toLabels, exists, indexes } of readRecords(result, CheckedRelationshipRows)) {
    const rows = indexes.map((index) => batch[index] as CheckRow);
    if (!fromLabels || !toLabels) {
      for (const row of rows) {
        if (!fromLabels && row.from !== undefined) found.push({ row: row.row, column: 'from', ...missingEnd(row.from, 'graph') });
        if (!toLabels && row.to !== undefined) found.push({ row: row.row, column: 'to', ...missingEnd(row.to, 'graph') });
      }
      continue;
    }
    const fromLabel = primaryLabel(fromLabels);
    const toLabel = primaryLabel(toLabels);
    if (!allowsEndpoints(type, fromLabel, toLabel)) {
      for (const row of rows) found.push({ row: row.row, column: 'from', ...endsNotAllowed(type, fromLabel, toLabel) });
      continue;
    }
    const good = rows.filter((row) => row.problems === undefined).length;
    if (exists) counts.update += good;
    else counts.create += good;
  }
  // Groups come in no particular order: report a batch's problems in row order (a row's own first).
  errors.add(...found.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
}
