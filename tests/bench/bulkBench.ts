// The first load of the province through `npm run bulk-load`'s service: the template files checked and
// converted, Neo4j's offline importer, then Neo4j started on the new store with its indexes built, into
// a throwaway embedded data folder of its own (removed afterwards).
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { SyntheticGraph } from '../../seeds/synthetic';
import { bulkLoad } from '../../server/bulk';
import { writeTemplateFolder } from './importer';
import { round } from './stats';

export interface BulkResults {
  nodes: number;
  relationships: number;
  /** The whole command: checking, bulk import, start with indexes built. */
  seconds: number;
  checkSeconds: number;
  importSeconds: number;
  indexSeconds: number;
  /** Nodes over the time spent on them: node files checked and converted, and the importer's node stage. */
  nodesPerSecond: number | null;
  /** Every row over the whole command. */
  rowsPerSecond: number;
  importerSummary: string[];
}

export async function benchBulkLoad(graph: SyntheticGraph, options: { dir: string; heap: string; log: (line: string) => void }): Promise<BulkResults> {
  const work = mkdtempSync(path.join(options.dir, 'bulk-'));
  try {
    const files = path.join(work, 'files');
    await writeTemplateFolder(graph, files);
    const result = await bulkLoad({
      config: { mode: 'embedded', dataDir: path.join(work, 'neo4j'), port: 0, password: undefined, heap: options.heap },
      folder: files,
      username: 'bench',
      log: (line) => options.log(`  ${line}`),
    });
    if (result.status !== 'done') throw new Error(`bulk load rejected: ${JSON.stringify(result.errors.slice(0, 3))}`);
    const t = result.timings;
    const nodeMs = t.nodeImportMs === null ? null : t.nodeCheckMs + t.nodeImportMs;
    return {
      nodes: result.nodes,
      relationships: result.relationships,
      seconds: round(t.totalMs / 1000, 1),
      checkSeconds: round(t.checkMs / 1000, 1),
      importSeconds: round(t.importMs / 1000, 1),
      indexSeconds: round(t.indexMs / 1000, 1),
      nodesPerSecond: nodeMs === null ? null : round(result.nodes / (nodeMs / 1000), 0),
      rowsPerSecond: round((result.nodes + result.relationships) / (t.totalMs / 1000), 0),
      importerSummary: result.importerSummary,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

