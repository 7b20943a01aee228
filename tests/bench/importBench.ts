// Import measurements: the whole province through the product's importer (batched), then a sample of
// fresh firms written batched and naively (one row per transaction), through the importer and through
// the dataset loader's bare UNWIND MERGE statements, each repeated; medians and the batched/naive ratios.
import path from 'node:path';
import type { Database } from '../../graph/db/database';
import type { Manifest, SyntheticGraph } from '../../seeds/synthetic';
import type { BulkResults } from './bulkBench';
import { importThroughImporter, type ImporterOutcome } from './importer';
import { loadBatched, loadNaive, sampleGraph, type LoadOutcome } from './loader';
import { DELETE_BY_IDS } from './queries';
import { median, round } from './stats';

export interface Throughput {
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  /** Rows of both kinds per second of both phases. */
  rowsPerSecond: number;
}

export interface ImportResults {
  path: string;
  /** The first load through npm run bulk-load (offline importer), or why it was not run. */
  bulk: BulkResults | { skipped: string };
  batchSize: number;
  full: Throughput & { nodes: number; relationships: number; seconds: number; complete: boolean };
  sample: {
    firms: number;
    repeats: number;
    importer: { batched: Throughput; naive: Throughput; ratio: number; naiveComplete: boolean };
    unwind: { batched: Throughput; naive: Throughput; ratio: number; naiveComplete: boolean };
  };
}

export interface ImportBenchOptions {
  dir: string;
  batchSize: number;
  sampleFirms: number;
  repeats: number;
  /** Bound of the whole-province load, and of each naive sample run. */
  fullMaxMs: number;
  naiveMaxMs: number;
  log: (line: string) => void;
}

function throughput(o: { nodes: number; relationships: number; nodeMs: number; relationshipMs: number }): Throughput {
  const perSecond = (rows: number, ms: number) => (ms > 0 ? round(rows / (ms / 1000), 0) : 0);
  return {
    nodesPerSecond: perSecond(o.nodes, o.nodeMs),
    relationshipsPerSecond: perSecond(o.relationships, o.relationshipMs),
    rowsPerSecond: perSecond(o.nodes + o.relationships, o.nodeMs + o.relationshipMs),
  };
}

function medianThroughput(runs: readonly Throughput[]): Throughput {
  return {
    nodesPerSecond: median(runs.map((r) => r.nodesPerSecond)),
    relationshipsPerSecond: median(runs.map((r) => r.relationshipsPerSecond)),
    rowsPerSecond: median(runs.map((r) => r.rowsPerSecond)),
  };
}

export async function loadProvince(db: Database, graph: SyntheticGraph, options: ImportBenchOptions): Promise<ImportResults['full']> {
  const started = performance.now();
  const outcome = await importThroughImporter(db, graph, {
    dir: path.join(options.dir, 'province'),
    batchSize: options.batchSize,
    maxMs: options.fullMaxMs,
    prefix: 'province',
    onFile: (f) => options.log(`  ${f.target}: ${f.rows} rows in ${round(f.ms / 1000)} s (${f.status})`),
  });
  return {
    ...throughput(outcome),
    nodes: outcome.nodes,
    relationships: outcome.relationships,
    seconds: round((performance.now() - started) / 1000),
    complete: outcome.complete,
  };
}

export async function compareSample(db: Database, manifest: Manifest, options: ImportBenchOptions): Promise<ImportResults['sample']> {
  const runs = { importerBatched: [] as Throughput[], importerNaive: [] as Throughput[], unwindBatched: [] as Throughput[], unwindNaive: [] as Throughput[] };
  let importerNaiveComplete = true;
  let unwindNaiveComplete = true;
  for (let r = 1; r <= options.repeats; r++) {
    const sample = (tag: string) => sampleGraph(`syn-sample-${r}-${tag}`, options.sampleFirms, manifest.ids.sampleCounty, manifest.ids.sampleLink);
    const viaImporter = async (tag: string, batchSize: number, maxMs: number): Promise<ImporterOutcome> => {
      const graph = sample(tag);
      try {
        return await importThroughImporter(db, graph, { dir: path.join(options.dir, 'sample'), batchSize, maxMs, prefix: `sample-${r}-${tag}` });
      } finally {
        await remove(db, graph.ids);
      }
    };
    const viaUnwind = async (tag: string, naive: boolean): Promise<LoadOutcome> => {
      const graph = sample(tag);
      try {
        return naive
          ? await loadNaive(db, graph, { maxMs: options.naiveMaxMs })
          : await loadBatched(db, graph, { batchSize: options.batchSize, maxMs: options.naiveMaxMs });
      } finally {
        await remove(db, graph.ids);
      }
    };
    runs.importerBatched.push(throughput(await viaImporter('ib', options.batchSize, options.naiveMaxMs)));
    const importerNaive = await viaImporter('in', 1, options.naiveMaxMs);
    importerNaiveComplete &&= importerNaive.complete;
    runs.importerNaive.push(throughput(importerNaive));
    runs.unwindBatched.push(throughput(await viaUnwind('ub', false)));
    const unwindNaive = await viaUnwind('un', true);
    unwindNaiveComplete &&= unwindNaive.complete;
    runs.unwindNaive.push(throughput(unwindNaive));
    options.log(`  sample run ${r}/${options.repeats}: importer ${runs.importerBatched.at(-1)?.rowsPerSecond} vs ${runs.importerNaive.at(-1)?.rowsPerSecond} rows/s, ` +
      `UNWIND ${runs.unwindBatched.at(-1)?.rowsPerSecond} vs ${runs.unwindNaive.at(-1)?.rowsPerSecond} rows/s`);
  }
  const pair = (batched: Throughput[], naive: Throughput[], naiveComplete: boolean) => {
    const b = medianThroughput(batched);
    const n = medianThroughput(naive);
    return { batched: b, naive: n, ratio: n.rowsPerSecond > 0 ? round(b.rowsPerSecond / n.rowsPerSecond) : 0, naiveComplete };
  };
  return {
    firms: options.sampleFirms,
    repeats: options.repeats,
    importer: pair(runs.importerBatched, runs.importerNaive, importerNaiveComplete),
    unwind: pair(runs.unwindBatched, runs.unwindNaive, unwindNaiveComplete),
  };
}

async function remove(db: Database, ids: readonly string[]): Promise<void> {
  for (let start = 0; start < ids.length; start += 5000) {
    const batch = ids.slice(start, start + 5000);
    await db.write((tx) => tx.run(DELETE_BY_IDS, { ids: batch }));
  }
}
