// Two ways to write the same rows: batched (UNWIND over a batch of rows per transaction, the product's
// pattern) and naive (one row per transaction, same statement). Both bounded in time.
import type { Database } from '../../graph/db/database';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../graph/model';
import { SYNTHETIC_PROVENANCE, type NodeRow, type RelRow, type SyntheticGraph } from '../../seeds/synthetic';
import { mergeNodes, mergeRelationships } from './queries';

/** Written on every loaded node and relationship, as the dataset loader does. */
const DATASET = 'synthetic';
const REL_PROPS = { ...SYNTHETIC_PROVENANCE, dataset: DATASET };

export interface LoadOutcome {
  nodes: number;
  relationships: number;
  nodeMs: number;
  relationshipMs: number;
  /** False when the time bound stopped it early (counts say how far it got). */
  complete: boolean;
}

export interface LoadOptions {
  batchSize: number;
  /** Stop (and report how far it got) after this long. */
  maxMs: number;
  onProgress?: (done: number, total: number) => void;
}

type Writer = (db: Database, statement: string, rows: unknown[]) => Promise<void>;

const oneTransaction: Writer = async (db, statement, rows) => {
  await db.write((tx) => tx.run(statement, { rows }));
};

/** Batched load: every label, then every relationship type, `batchSize` rows per transaction. */
export function loadBatched(db: Database, graph: SyntheticGraph, options: LoadOptions): Promise<LoadOutcome> {
  return load(db, graph, options, options.batchSize);
}

/** Naive load: one transaction per row, with the same statements. */
export function loadNaive(db: Database, graph: SyntheticGraph, options: Omit<LoadOptions, 'batchSize'>): Promise<LoadOutcome> {
  return load(db, graph, options, 1);
}

async function load(db: Database, graph: SyntheticGraph, options: Omit<LoadOptions, 'batchSize'>, batchSize: number): Promise<LoadOutcome> {
  const started = performance.now();
  const deadline = started + options.maxMs;
  const total = [...graph.nodes.values(), ...graph.relationships.values()].reduce((n, rows) => n + rows.length, 0);
  const outcome: LoadOutcome = { nodes: 0, relationships: 0, nodeMs: 0, relationshipMs: 0, complete: true };
  const report = () => options.onProgress?.(outcome.nodes + outcome.relationships, total);

  const nodeStart = performance.now();
  for (const label of NODE_LABELS) {
    const rows = (graph.nodes.get(label) ?? []).map((row) => nodeParams(row));
    outcome.nodes += await writeInBatches(db, mergeNodes(label), rows, batchSize, deadline, report);
    if (performance.now() > deadline) break;
  }
  outcome.nodeMs = performance.now() - nodeStart;

  const relStart = performance.now();
  if (performance.now() <= deadline) {
    for (const type of RELATIONSHIP_TYPES) {
      const rows = (graph.relationships.get(type) ?? []).map(relParams);
      outcome.relationships += await writeInBatches(db, mergeRelationships(type), rows, batchSize, deadline, report);
      if (performance.now() > deadline) break;
    }
  }
  outcome.relationshipMs = performance.now() - relStart;
  outcome.complete = outcome.nodes + outcome.relationships === total;
  return outcome;
}

async function writeInBatches(
  db: Database,
  statement: string,
  rows: unknown[],
  batchSize: number,
  deadline: number,
  report: () => void,
): Promise<number> {
  let written = 0;
  for (let start = 0; start < rows.length; start += batchSize) {
    if (performance.now() > deadline) break;
    const batch = rows.slice(start, start + batchSize);
    await oneTransaction(db, statement, batch);
    written += batch.length;
    if (written % (batchSize * 20) < batchSize) report();
  }
  return written;
}

function nodeParams(row: NodeRow): Record<string, unknown> {
  return { ...row, dataset: DATASET };
}

function relParams(row: RelRow): { from: string; to: string; props: typeof REL_PROPS } {
  return { from: row.from, to: row.to, props: REL_PROPS };
}

/** A small graph of fresh firms (ids prefixed) located in `county` and covering `link`, for the comparison. */
export function sampleGraph(prefix: string, count: number, county: string, link: string): SyntheticGraph & { ids: string[] } {
  const firms: NodeRow[] = [];
  const located: RelRow[] = [];
  const covers: RelRow[] = [];
  for (let n = 1; n <= count; n++) {
    const id = `${prefix}-e${String(n).padStart(6, '0')}`;
    firms.push({ id, nameZh: `示例导入测试企业${n}`, nameEn: `Sample import test firm ${n}`, ...SYNTHETIC_PROVENANCE });
    located.push({ from: id, to: county });
    covers.push({ from: id, to: link });
  }
  return {
    nodes: new Map<NodeLabel, NodeRow[]>([['Enterprise', firms]]),
    relationships: new Map<RelationshipType, RelRow[]>([
      ['LOCATED_IN', located],
      ['COVERS', covers],
    ]),
    ids: firms.map((f) => f.id),
  };
}
