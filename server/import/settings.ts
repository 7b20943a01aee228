// The spreadsheet import's limits and upload folder (part of the server's settings, server/auth/settings.ts).
import os from 'node:os';
import path from 'node:path';

export interface ImportSettings {
  /** Largest upload accepted, in bytes. */
  maxBytes: number;
  /** Rows written per transaction (UNWIND batch). */
  batchSize: number;
  /** Row errors kept in a report; the total is always counted. */
  maxReportedErrors: number;
  /** Folder for uploads while they are validated and written; one per instance (see uploadDirFromEnv). */
  uploadDir: string;
}

export const DEFAULT_IMPORT: ImportSettings = {
  maxBytes: 64 * 1024 * 1024,
  batchSize: 5000,
  maxReportedErrors: 500,
  // Tests and scripts: a folder of this process's own (npm start uses uploadDirFromEnv).
  uploadDir: path.join(os.tmpdir(), `innochain-uploads-${process.pid}`),
};

/**
 * INNOCHAIN_UPLOAD_DIR, or "uploads" in the instance's data folder (the parent of NEO4J_DATA_DIR, so
 * data/uploads by default). One folder per instance: what is left in it is removed at start.
 */
export function uploadDirFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const explicit = env.INNOCHAIN_UPLOAD_DIR?.trim();
  if (explicit) return path.resolve(cwd, explicit);
  return path.join(path.dirname(path.resolve(cwd, env.NEO4J_DATA_DIR?.trim() || 'data/neo4j')), 'uploads');
}
