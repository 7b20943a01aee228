// Datasets in seeds/: read, validate and load, all or nothing.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { readOne } from '../presenters/rows';
import { loadDataset, type LoadSummary } from './load';
import { GRAPH_IS_EMPTY, HOLDS_DATASET } from './queries';
import { DatasetError, readDataset } from './read';

export { DatasetError };
export type { LoadSummary } from './load';

export const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');
/**
 * What `npm start` loads into an empty database, in order: the source document, the chains (domain
 * knowledge) and real organisations from public sources. The fictional `demo` layer is never a default.
 */
export const DEFAULT_DATASETS = ['nantong', 'chains', 'nantong-public'] as const;

/** A dataset by folder name under seeds/, or by path. */
export function datasetDir(nameOrPath: string): string {
  return /[\\/]/.test(nameOrPath) ? path.resolve(nameOrPath) : path.join(SEEDS_DIR, nameOrPath);
}

/**
 * Loads a dataset, first loading any dataset it requires that the graph does not hold yet (so
 * `npm run seed -- demo` works on an empty graph). Each dataset is its own all-or-nothing load.
 */
export async function seedDataset(db: Database, nameOrPath: string, seen: string[] = []): Promise<LoadSummary> {
  const dataset = await readDataset(datasetDir(nameOrPath));
  for (const required of dataset.manifest.requires ?? []) {
    if (seen.includes(required)) throw new DatasetError(dataset.manifest.id, [{ field: 'dataset.json.requires', reason: `requires itself through ${required}`, reasonZh: `通过 ${required} 循环依赖自身` }]);
    if (!(await holdsDataset(db, required))) await seedDataset(db, required, [...seen, dataset.manifest.id]);
  }
  return loadDataset(db, dataset);
}

const HoldsRow = z.object({ held: z.boolean() });

async function holdsDataset(db: Database, id: string): Promise<boolean> {
  const result = await db.read((tx) => tx.run(HOLDS_DATASET, { id }));
  return readOne(result, HoldsRow).held;
}

const EmptyRow = z.object({ empty: z.boolean() });

export async function isGraphEmpty(db: Database): Promise<boolean> {
  const result = await db.read((tx) => tx.run(GRAPH_IS_EMPTY));
  return readOne(result, EmptyRow).empty;
}
