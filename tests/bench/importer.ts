// Loads a synthetic graph through the product's spreadsheet importer (server/import): one CSV
// file per label and per relationship type, each validated and then written in batches of
// `batchSize` rows per transaction, as POST /api/import does. Derived relationships (HAS_LINK,
// TARGET_FOR, MEASURES) come from the node files, as they do for a user.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../../graph/db/database';
import { NODE_LABELS } from '../../graph/model';
import type { SyntheticGraph } from '../../seeds/synthetic';
import { DEFAULT_SECURITY } from '../../server/auth/settings';
import { nodeFields } from '../../server/edit';
import { IMPORTABLE_RELATIONSHIPS, startImport, uploadFromFile, type ImportTarget } from '../../server/import';
import { writeCsv } from './csv';

export interface ImportFileResult {
  target: string;
  rows: number;
  ms: number;
  status: string;
}

export interface ImporterOutcome {
  nodes: number;
  relationships: number;
  nodeMs: number;
  relationshipMs: number;
  files: ImportFileResult[];
  /** False when a file was not imported whole (rejected, failed, or stopped at the time bound). */
  complete: boolean;
}

export interface ImporterOptions {
  /** Folder for the CSV files and uploads. */
  dir: string;
  batchSize: number;
  /** Stop between batches after this long; what was written is counted. */
  maxMs: number;
  /** File names get this prefix (a re-run of the same rows must not resume an older job). */
  prefix: string;
  onFile?: (result: ImportFileResult) => void;
}

/** Imports every node label, then every importable relationship type, file by file. */
export async function importThroughImporter(db: Database, graph: SyntheticGraph, options: ImporterOptions): Promise<ImporterOutcome> {
  mkdirSync(options.dir, { recursive: true });
  const deadline = performance.now() + options.maxMs;
  const outcome: ImporterOutcome = { nodes: 0, relationships: 0, nodeMs: 0, relationshipMs: 0, files: [], complete: true };
  for (const label of NODE_LABELS) {
    const rows = graph.nodes.get(label) ?? [];
    if (rows.length === 0) continue;
    const columns = nodeFields(label).map((f) => f.name);
    const result = await importRows(db, { kind: 'node', name: label }, columns, rows, options, deadline);
    outcome.nodes += result.rows;
    outcome.nodeMs += result.ms;
    record(outcome, result, options);
  }
  for (const type of IMPORTABLE_RELATIONSHIPS) {
    const rows = graph.relationships.get(type) ?? [];
    if (rows.length === 0) continue;
    const result = await importRows(db, { kind: 'relationship', name: type }, ['from', 'to'], rows, options, deadline);
    outcome.relationships += result.rows;
    outcome.relationshipMs += result.ms;
    record(outcome, result, options);
  }
  return outcome;
}

/** The graph as import template files, one per label and relationship type, named after the template (Enterprise.csv …). */
export async function writeTemplateFolder(graph: SyntheticGraph, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const label of NODE_LABELS) {
    const rows = graph.nodes.get(label) ?? [];
    if (rows.length > 0) await writeCsv(path.join(dir, `${label}.csv`), nodeFields(label).map((f) => f.name), rows as Iterable<Record<string, unknown>>);
  }
  for (const type of IMPORTABLE_RELATIONSHIPS) {
    const rows = graph.relationships.get(type) ?? [];
    if (rows.length > 0) await writeCsv(path.join(dir, `${type}.csv`), ['from', 'to'], rows as Iterable<Record<string, unknown>>);
  }
}

function record(outcome: ImporterOutcome, result: ImportFileResult, options: ImporterOptions): void {
  outcome.files.push(result);
  if (result.status !== 'done') outcome.complete = false;
  options.onFile?.(result);
}

async function importRows(
  db: Database,
  target: ImportTarget,
  columns: readonly string[],
  rows: readonly object[],
  options: ImporterOptions,
  deadline: number,
): Promise<ImportFileResult> {
  const fileName = `${options.prefix}-${target.name}.csv`;
  const file = path.join(options.dir, fileName);
  await writeCsv(file, columns, rows as Iterable<Record<string, unknown>>);
  if (performance.now() > deadline) return { target: target.name, rows: 0, ms: 0, status: 'skipped (time bound)' };
  const settings = { ...DEFAULT_SECURITY.import, batchSize: options.batchSize, uploadDir: path.join(options.dir, 'uploads') };
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), Math.max(0, deadline - performance.now()));
  try {
    const started = performance.now();
    const upload = await uploadFromFile(file, { dir: settings.uploadDir });
    const { done } = await startImport(db, { target, upload, fileName, username: 'bench', settings, signal: stop.signal });
    const job = await done;
    const ms = performance.now() - started;
    if (job.status === 'rejected' || job.status === 'failed') {
      const why = job.errors.slice(0, 3).map((e) => `row ${e.row ?? '-'} ${e.column ?? ''}: ${e.reason}`).join('; ');
      throw new Error(`import of ${fileName} ${job.status}: ${job.message?.en ?? ''} ${why}`);
    }
    return { target: target.name, rows: job.rowsWritten, ms, status: job.status };
  } finally {
    clearTimeout(timer);
  }
}
