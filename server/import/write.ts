// Pass two of an import: the validated rows again, in batches, each batch one write transaction that
// first claims the batch on the job node (so a batch is never applied twice, even when an interrupted
// job is resumed) and then MERGEs its rows on their ids. The next batch is read while one is written.
import type { Database } from '../../graph/db/database';
import { referencesOf, type ReferenceRule } from '../edit/references';
import { recordingChanges } from '../history/record';
import type { Touched } from '../history/snapshot';
import { OneAhead } from './pipeline';
import { CLAIM_BATCH, COUNT_WRITTEN, linkNodeRows, writeNodeRows, writeRelationshipRows } from './queries';
import { propertyColumns, type ImportTarget } from './targets';
import { importRows, type ImportRow, type ReadOptions } from './validate';

export interface WriteOptions extends ReadOptions {
  jobId: string;
  /** Who started the import, for the history store. */
  actor: string;
  batchSize: number;
  /** Batches already written by an earlier run of this job: skipped. */
  batchesDone: number;
  onProgress?: (batchesDone: number, rowsWritten: number) => void;
  /** Stops between batches (server shutting down; tests simulating a crash). */
  signal?: AbortSignal;
}

export class ImportAbortedError extends Error {
  override name = 'ImportAbortedError';
}

type LinkingRule = ReferenceRule & { relationship: NonNullable<ReferenceRule['relationship']> };

/** The properties a target's rows set, in the order their values travel (ids and ends travel first). */
export function propertyKeys(target: ImportTarget): string[] {
  return [...propertyColumns(target).map((column) => column.name), 'sourceKind', 'sourceRef'];
}

/** A row's values in key order; null for a cell left empty. */
function valuesOf(row: ImportRow, keys: readonly string[], known: ReadonlySet<string>): unknown[] {
  for (const key of Object.keys(row.props)) {
    // A property the statement would silently drop is a bug in the model's field lists, not bad input.
    if (!known.has(key)) throw new Error(`import row has a property without a column: ${key}`);
  }
  return keys.map((key) => row.props[key] ?? null);
}

/** The facts a batch may add or change (server/history): its nodes with the relationships their references stand for, or its relationships. */
function batchTouches(target: ImportTarget, rows: readonly ImportRow[], rule: LinkingRule | undefined): Touched {
  if (target.kind === 'relationship') return { relationships: rows.map((r) => ({ type: target.name, from: r.from ?? '', to: r.to ?? '' })) };
  const ids = rows.map((r) => r.id ?? '');
  return { nodeIds: ids, ...(rule ? { relationshipsOf: { ids, types: [rule.relationship.type] } } : {}) };
}

async function writeBatch(db: Database, target: ImportTarget, options: { jobId: string; actor: string }, index: number, rows: ImportRow[]): Promise<boolean> {
  const { jobId } = options;
  const keys = propertyKeys(target);
  const known = new Set([...keys, 'id']);
  const values = rows.map((r) => valuesOf(r, keys, known));
  return db.write(async (tx) => {
    const claimed = await tx.run(CLAIM_BATCH, { id: jobId, batch: index, rows: rows.length, now: new Date().toISOString() });
    // Already written by an earlier attempt (a retried transaction or a resumed job): nothing to do.
    if (claimed.records.length === 0) return false;
    const rule = target.kind === 'node' ? referencesOf(target.name).find((r): r is LinkingRule => r.relationship !== undefined) : undefined;
    return recordingChanges(tx, batchTouches(target, rows, rule), { actor: options.actor, via: 'import' }, async () => {
      let created: number;
      let linked = 0;
      if (target.kind === 'node') {
        const result = await tx.run(writeNodeRows(target.name, keys), { rows: rows.map((r, i) => [r.id, ...(values[i] as unknown[])]) });
        created = result.summary.counters.updates().nodesCreated;
        const linking = rows.filter((r) => r.ref !== undefined);
        if (rule && linking.length > 0) {
          const links = await tx.run(linkNodeRows(rule), { rows: linking.map((r) => [r.id, r.ref, r.props.sourceRef, r.props.sourceKind]) });
          linked = links.summary.counters.updates().relationshipsCreated;
        }
      } else {
        const result = await tx.run(writeRelationshipRows(target.name, keys), { rows: rows.map((r, i) => [r.from, r.to, ...(values[i] as unknown[])]) });
        created = result.summary.counters.updates().relationshipsCreated;
      }
      await tx.run(COUNT_WRITTEN, { id: jobId, created, updated: rows.length - created, linked });
      return true;
    });
  });
}

/** Writes every batch after options.batchesDone; returns the number of rows written by this run. */
export async function writeImport(db: Database, options: WriteOptions): Promise<number> {
  const inFlight = new OneAhead();
  let index = 0;
  let written = 0;
  let batch: ImportRow[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const rows = batch;
    const batchIndex = index;
    batch = [];
    index += 1;
    if (batchIndex < options.batchesDone) return;
    await inFlight.start(async () => {
      if (options.signal?.aborted) throw new ImportAbortedError('import stopped');
      if (await writeBatch(db, options.target, options, batchIndex, rows)) written += rows.length;
      options.onProgress?.(batchIndex + 1, written);
    });
  };
  try {
    for await (const item of importRows(options)) {
      // Validation passed just before; a row that fails now means the file changed under us.
      if ('errors' in item) throw new Error(`row ${item.errors[0]?.row ?? '?'} no longer valid`);
      batch.push(item.row);
      if (batch.length >= options.batchSize) await flush();
    }
    await flush();
  } finally {
    // Never leave a batch running unobserved, whatever stopped the loop.
    await inFlight.finish();
  }
  return written;
}
