// Reading and writing :ImportJob nodes, each answer checked (jobNode.ts) and presented as an ImportJob.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import type { ImportJob } from '../../graph/model';
import { errors } from '../errors';
import { readFirst, readOne, readRows } from '../presenters/rows';
import { JobRow, presentJob, type JobNode } from './jobNode';
import { ACTIVE_JOBS, COUNT_JOBS, CREATE_JOB, GET_JOB, LIST_JOBS, RESUMABLE_JOB, UPDATE_JOB } from './queries';

const TotalRow = z.object({ total: z.number().int() });
const IdRow = z.object({ id: z.string() });

/** What a write sets on a job node: its properties as stored (jobNode.ts). */
type JobChanges = Partial<z.input<typeof JobNode>>;

/** Sets these properties (and updatedAt) on the job node; answers the job as it now is. */
export async function updateJob(db: Database, id: string, changes: JobChanges): Promise<ImportJob> {
  const result = await db.write((tx) => tx.run(UPDATE_JOB, { id, changes: { ...changes, updatedAt: new Date().toISOString() } }));
  return presentJob(readOne(result, JobRow).job);
}

/** A new job node; `key` names the file, target and name a later upload resumes it by. */
export async function createJob(db: Database, job: z.input<typeof JobNode> & { key: string }): Promise<ImportJob> {
  const result = await db.write((tx) => tx.run(CREATE_JOB, { job }));
  return presentJob(readOne(result, JobRow).job);
}

export async function getJob(db: Database, id: string): Promise<ImportJob> {
  const row = readFirst(await db.read((tx) => tx.run(GET_JOB, { id })), JobRow);
  if (!row) throw errors.notFound('import job / 导入任务', id);
  return presentJob(row.job);
}

export async function listJobs(db: Database, offset: number, limit: number): Promise<{ items: ImportJob[]; total: number }> {
  return db.read(async (tx) => {
    const page = readRows(await tx.run(LIST_JOBS, { offset, limit }), JobRow);
    const { total } = readOne(await tx.run(COUNT_JOBS), TotalRow);
    return { items: page.map((row) => presentJob(row.job)), total };
  });
}

/** The newest unfinished job for this key (same file, target and name), as stored. */
export async function resumableJob(db: Database, key: string): Promise<JobNode | undefined> {
  return readFirst(await db.read((tx) => tx.run(RESUMABLE_JOB, { key })), JobRow)?.job;
}

/** Of these job ids, those validating or writing and updated since then: maybe running somewhere. */
export async function activeJobIds(db: Database, ids: string[], since: string): Promise<Set<string>> {
  const result = await db.read((tx) => tx.run(ACTIVE_JOBS, { ids, since }));
  return new Set(readRows(result, IdRow).map((row) => row.id));
}
