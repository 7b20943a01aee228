// Parts of the history bench (historyBench.ts) for issue 18 §1 and §5:
// - ordinary reads without a date (the city matrix, a chain view, a node's detail, through the API) timed
//   warm and right after a write, once before any history exists and again after the recorded edits, so
//   their ratio says what the history store costs a read that names no date (target ≤ 1.1×);
// - every firm of the province re-imported through the product's spreadsheet importer (server/import,
//   which records history per batch) with one field changed, and the store's size before and after:
//   revisions, their before/after JSON, and the embedded database's folders on disk with the database
//   stopped (a clean stop writes everything out; Community Neo4j has no db.checkpoint()).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Database } from '../../graph/db/database';
import { startEmbeddedNeo4j } from '../../graph/db/embedded';
import type { SyntheticGraph } from '../../seeds/synthetic';
import { importThroughImporter } from './importer';
import type { BenchDatabase } from './neo4j';
import { paired } from './regionBench';
import { round, type Timing } from './stats';

export interface OrdinaryRead {
  key: string;
  title: string;
  path: string;
}

export interface ReadTimings {
  warm: Timing;
  afterWrite: Timing;
}

export interface ReadComparison extends OrdinaryRead {
  before: ReadTimings;
  after: ReadTimings;
  /** After over before, medians. */
  warmRatio: number;
  afterWriteRatio: number;
  /** The same reads right after `after` with the revisions' label taken off (no history to see), as a control. */
  hidden: ReadTimings;
  /** After over hidden, medians: history's cost at the same warmth. */
  warmRatioHidden: number;
  afterWriteRatioHidden: number;
}

/**
 * Takes the :Revision label off every revision (or puts it back): the store is invisible to every query,
 * so the same reads can be timed without history at the same warmth as with it.
 */
export async function hideRevisions(db: Database, hide: boolean): Promise<void> {
  const query = hide
    ? 'MATCH (v:Revision) CALL (v) { SET v:RevisionHidden REMOVE v:Revision } IN TRANSACTIONS OF 10000 ROWS'
    : 'MATCH (v:RevisionHidden) CALL (v) { SET v:Revision REMOVE v:RevisionHidden } IN TRANSACTIONS OF 10000 ROWS';
  const session = db.session('WRITE');
  try {
    await session.run(query);
  } finally {
    await session.close();
  }
}

const WARM_RUNS = 21;
/** Unmeasured runs first: the first reads of a fresh server plan queries and warm the JIT. */
const WARM_UPS = 5;
const AFTER_WRITE_RUNS = 7;
const MAX_MS = 180_000;

/** Each read warm (alternating, so the same load falls on all) and then each right after a write. */
export async function timeReads(baseUrl: string, reads: readonly OrdinaryRead[], touch: () => Promise<void>): Promise<Map<string, ReadTimings>> {
  const get = (url: string) => async (): Promise<number> => {
    const response = await fetch(baseUrl + url);
    const text = await response.text();
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 200)}`);
    return text.length;
  };
  const out = new Map<string, ReadTimings>();
  for (const read of reads) {
    // paired() alternates two callables; the read is timed against itself, one side kept.
    const [warm] = await paired(get(read.path), () => Promise.resolve(), { runs: WARM_RUNS, warmUps: WARM_UPS });
    const [afterWrite] = await paired(get(read.path), () => Promise.resolve(), { runs: AFTER_WRITE_RUNS, warmUps: 2, before: touch, maxMs: MAX_MS });
    out.set(read.key, { warm, afterWrite });
  }
  return out;
}

export function compareReads(
  reads: readonly OrdinaryRead[],
  before: Map<string, ReadTimings>,
  after: Map<string, ReadTimings>,
  hiddenAll: Map<string, ReadTimings>,
): ReadComparison[] {
  return reads.map((read) => {
    const b = before.get(read.key)!;
    const a = after.get(read.key)!;
    const hidden = hiddenAll.get(read.key)!;
    return {
      ...read,
      before: b,
      after: a,
      warmRatio: round(a.warm.medianMs / b.warm.medianMs, 2),
      afterWriteRatio: round(a.afterWrite.medianMs / b.afterWrite.medianMs, 2),
      hidden,
      warmRatioHidden: round(a.warm.medianMs / hidden.warm.medianMs, 2),
      afterWriteRatioHidden: round(a.afterWrite.medianMs / hidden.afterWrite.medianMs, 2),
    };
  });
}

export interface StoreSize {
  revisions: number;
  /** Characters of the before/after JSON of every revision. */
  jsonChars: number;
  /** Bytes of the database's store files and of its transaction logs, measured stopped; null when not embedded. */
  storeBytes: number | null;
  txLogBytes: number | null;
}

function folderBytes(dir: string): number | null {
  try {
    let total = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      total += entry.isDirectory() ? (folderBytes(full) ?? 0) : statSync(full).size;
    }
    return total;
  } catch {
    return null;
  }
}

async function countRevisions(db: Database): Promise<{ revisions: number; jsonChars: number }> {
  return db.read(async (tx) => {
    const record = (await tx.run('MATCH (v:Revision) RETURN count(v) AS revisions, sum(size(coalesce(v.before, "")) + size(coalesce(v.after, ""))) AS chars')).records[0];
    return { revisions: Number(record?.get('revisions') ?? 0), jsonChars: Number(record?.get('chars') ?? 0) };
  });
}

/** Revisions counted; with `dataDir` (embedded), the database stopped, its folders measured, and started again. */
export async function storeSize(bench: BenchDatabase, dataDir: string | null): Promise<{ size: StoreSize; bench: BenchDatabase }> {
  const counted = await countRevisions(bench.db);
  if (dataDir === null) return { size: { ...counted, storeBytes: null, txLogBytes: null }, bench };
  await bench.close();
  const size = {
    ...counted,
    storeBytes: folderBytes(path.join(dataDir, 'data', 'databases', 'neo4j')),
    txLogBytes: folderBytes(path.join(dataDir, 'data', 'transactions', 'neo4j')),
  };
  const config = { mode: 'embedded' as const, dataDir, port: 0, password: undefined, heap: bench.heap ?? '2g' };
  const embedded = await startEmbeddedNeo4j(config);
  const db = await Database.open({ mode: 'external', uri: embedded.uri, user: 'neo4j', password: embedded.password, database: undefined });
  const close = async (): Promise<void> => {
    await db.close();
    await embedded.stop();
  };
  return { size, bench: { ...bench, db, uri: embedded.uri, password: embedded.password, close } };
}

export interface ReimportRun {
  firms: number;
  seconds: number;
  complete: boolean;
  before: StoreSize;
  after: StoreSize;
  revisionsAdded: number;
  jsonCharsAdded: number;
}

/**
 * Every firm of `graph` through the importer with descriptionZh changed, as one Enterprise file (the
 * importer writes it in batches of `batchSize`, each recording its revisions).
 */
export async function reimportFirms(
  start: BenchDatabase,
  graph: SyntheticGraph,
  options: { dir: string; batchSize: number; maxMs: number; dataDir: string | null; onBench: (bench: BenchDatabase) => void },
): Promise<ReimportRun> {
  const firms = (graph.nodes.get('Enterprise') ?? []).map((row, i) => ({ ...row, descriptionZh: `重新导入 ${i}` }));
  const only = { ...graph, nodes: new Map([['Enterprise', firms]]), relationships: new Map() } as SyntheticGraph;
  const first = await storeSize(start, options.dataDir);
  options.onBench(first.bench);
  const started = performance.now();
  const outcome = await importThroughImporter(first.bench.db, only, { dir: options.dir, batchSize: options.batchSize, maxMs: options.maxMs, prefix: 'reimport' });
  const seconds = round((performance.now() - started) / 1000);
  const last = await storeSize(first.bench, options.dataDir);
  options.onBench(last.bench);
  const before = first.size;
  const after = last.size;
  return {
    firms: outcome.nodes,
    seconds,
    complete: outcome.complete,
    before,
    after,
    revisionsAdded: after.revisions - before.revisions,
    jsonCharsAdded: after.jsonChars - before.jsonChars,
  };
}
