// Pass two of an import: the validated rows again, in batches, each batch one write transaction that
// first claims the batch on the job node (so a batch is never applied twice, even when an interrupted
// job is resumed) and then MERGEs its rows on their ids.
import type { Database } from '../../../graph/db/database';
import { referencesOf, type ReferenceRule } from '../edit/references';
import { CLAIM_BATCH, COUNT_WRITTEN, linkNodeRows, writeNodeRows, writeRelationshipRows } from './queries';
import type { ImportTarget } from './targets';
import { importRows, type ImportRow, type ReadOptions } from './validate';

export interface WriteOptions extends ReadOptions {
  jobId: string;
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

async function writeBatch(db: Database, target: ImportTarget, jobId: string, index: number, rows: ImportRow[]): Promise<boolean> {
  return db.write(async (tx) => {
    const claimed = await tx.run(CLAIM_BATCH, { id: jobId, batch: index, rows: rows.length, now: new Date().toISOString() });
    // Already written by an earlier attempt (a retried transaction or a resumed job): nothing to do.
    if (claimed.records.length === 0) return false;
    let created: number;
    let linked = 0;
    if (target.kind === 'node') {
      const result = await tx.run(writeNodeRows(target.name), { rows: rows.map((r) => ({ id: r.id, props: r.props })) });
      created = result.summary.counters.updates().nodesCreated;
      const rule = referencesOf(target.name).find((r): r is LinkingRule => r.relationship !== undefined);
      const linking = rows.filter((r) => r.ref !== undefined);
      if (rule && linking.length > 0) {
        const links = await tx.run(linkNodeRows(rule), { rows: linking.map((r) => ({ id: r.id, ref: r.ref, props: r.props })) });
        linked = links.summary.counters.updates().relationshipsCreated;
      }
    } else {
      const result = await tx.run(writeRelationshipRows(target.name), { rows: rows.map((r) => ({ from: r.from, to: r.to, props: r.props })) });
      created = result.summary.counters.updates().relationshipsCreated;
    }
    await tx.run(COUNT_WRITTEN, { id: jobId, created, updated: rows.length - created, linked });
    return true;
  });
}

/** Writes every batch after options.batchesDone; returns the number of rows written by this run. */
export async function writeImport(db: Database, options: WriteOptions): Promise<number> {
  let index = 0;
  let written = 0;
  let batch: ImportRow[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    if (index >= options.batchesDone) {
      if (options.signal?.aborted) throw new ImportAbortedError('import stopped');
      if (await writeBatch(db, options.target, options.jobId, index, rows)) written += rows.length;
      options.onProgress?.(index + 1, written);
    }
    index += 1;
  };
  for await (const item of importRows(options)) {
    // Validation passed just before; a row that fails now means the file changed under us.
    if ('errors' in item) throw new Error(`row ${item.errors[0]?.row ?? '?'} no longer valid`);
    batch.push(item.row);
    if (batch.length >= options.batchSize) await flush();
  }
  await flush();
  return written;
}
