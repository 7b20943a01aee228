// Datasets in seeds/: read, validate and load, all or nothing.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { readOne } from '../presenters/rows';
import { loadDataset, type LoadSummary } from './load';
import { GRAPH_IS_EMPTY } from './queries';
import { readDataset } from './read';

export { DatasetError } from './read';
export type { LoadSummary } from './load';

export const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');
/** What `npm start` loads into an empty database, in order (demo builds on nantong). */
export const DEFAULT_DATASETS = ['nantong', 'demo'] as const;

/** A dataset by folder name under seeds/, or by path. */
export function datasetDir(nameOrPath: string): string {
  return /[\\/]/.test(nameOrPath) ? path.resolve(nameOrPath) : path.join(SEEDS_DIR, nameOrPath);
}

export async function seedDataset(db: Database, nameOrPath: string): Promise<LoadSummary> {
  const dataset = await readDataset(datasetDir(nameOrPath));
  return loadDataset(db, dataset);
}

const EmptyRow = z.object({ empty: z.boolean() });

export async function isGraphEmpty(db: Database): Promise<boolean> {
  const result = await db.read((tx) => tx.run(GRAPH_IS_EMPTY));
  return readOne(result, EmptyRow).empty;
}
