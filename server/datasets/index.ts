// Datasets in seeds/: read, validate and load, all or nothing.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../graph/db/database';
import { loadDataset, type LoadSummary } from './load';
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

export async function isGraphEmpty(db: Database): Promise<boolean> {
  return db.read(async (tx) => {
    const result = await tx.run('MATCH (n:Entity) RETURN count(n) = 0 AS empty');
    return result.records[0]?.get('empty') === true;
  });
}
