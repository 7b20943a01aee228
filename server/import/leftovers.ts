// Clearing the upload folder at start: a killed process never reaches its own clean-up, so what its
// uploads and jobs left behind is removed by the next one.
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../graph/db/database';
import { neo4jErrorCode } from '../../graph/db/errors';
import { activeJobIds } from './jobStore';
import { JOB_FILE, UPLOAD_FILE } from './receiveUpload';

/** Left alone this long, an upload or a job's file belongs to nothing that is still running. */
const STALE_AFTER_MS = 10 * 60_000;

/**
 * Removes what interrupted uploads and jobs left in the upload folder. Only files named as uploads are
 * touched; kept are a job's file while the job is validating or writing and was updated lately, and an
 * upload written to lately (either may belong to another process if the folder is shared). Answers the
 * names removed.
 */
export async function removeLeftoverUploads(db: Database, dir: string, now = Date.now()): Promise<string[]> {
  const names = await readdir(dir).catch((error: unknown) => {
    if (neo4jErrorCode(error) === 'ENOENT') return [];
    throw error;
  });
  const jobIds = names.flatMap((name) => JOB_FILE.exec(name)?.[1] ?? []);
  const active = jobIds.length > 0 ? await activeJobIds(db, jobIds, new Date(now - STALE_AFTER_MS).toISOString()) : new Set<string>();
  const removed: string[] = [];
  for (const name of names) {
    const jobId = JOB_FILE.exec(name)?.[1];
    const file = path.join(dir, name);
    if (jobId !== undefined) {
      if (active.has(jobId)) continue;
    } else if (UPLOAD_FILE.test(name)) {
      const modified = await stat(file).then((s) => s.mtimeMs, () => 0);
      if (now - modified < STALE_AFTER_MS) continue;
    } else continue;
    await rm(file, { force: true });
    removed.push(name);
  }
  return removed;
}
