// Import jobs: an :ImportJob node per committed file records its state and progress, so the client can
// poll it and an interrupted import can be finished. Sending the same file (same bytes, name and
// template) again resumes its unfinished job: validation runs again, then the batches not yet written
// (each batch is claimed on the job node in its own transaction, so none is written twice).
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { Database } from '../../graph/db/database';
import type { ImportJob } from '../../graph/model';
import { importErrors } from '../errors';
import { logger } from '../logger';
import { createJob, resumableJob, updateJob } from './jobStore';
import { adoptUpload, type SavedUpload } from './receiveUpload';
import { INSTANCE_ID, runningJobs } from './running';
import { runJob, type JobOptions } from './runJob';

export type StartImportOptions = JobOptions;

/** Creates (or resumes) the job and starts it; `done` settles when it ends. The upload file is removed at the end. */
export async function startImport(db: Database, options: StartImportOptions): Promise<{ job: ImportJob; done: Promise<ImportJob> }> {
  let job: ImportJob;
  let upload: SavedUpload;
  try {
    job = await createOrResumeJob(db, options);
    upload = await adoptUpload(options.upload, job.id);
  } catch (error) {
    // No job will read it: a refused or failed start leaves no file behind.
    await rm(options.upload.path, { force: true });
    throw error;
  }
  const done = runJob(db, job, { ...options, upload })
    // Even when the database is gone mid-way, the job settles (nobody may be awaiting it).
    .catch((error: unknown): ImportJob => {
      logger.error({ err: error, job: job.id }, 'import job could not record its end');
      return { ...job, status: 'failed', message: { en: 'The import stopped; send the same file again to resume it', zh: '导入中断，重新上传同一文件即可继续' } };
    })
    // Ended means its upload is gone too.
    .finally(async () => {
      runningJobs.delete(job.id);
      await rm(upload.path, { force: true }).catch(() => undefined);
    });
  runningJobs.set(job.id, done);
  return { job: { ...job, status: 'validating' }, done };
}

async function createOrResumeJob(db: Database, options: StartImportOptions): Promise<ImportJob> {
  const { target, upload } = options;
  const key = `${upload.sha256}:${target.kind}:${target.name}:${options.fileName}`;
  const previous = await resumableJob(db, key);
  if (previous && runningJobs.has(previous.id)) throw importErrors.running(previous.id);
  if (previous) {
    return updateJob(db, previous.id, { status: 'validating', instance: INSTANCE_ID, runs: previous.runs + 1, username: options.username });
  }
  const now = new Date().toISOString();
  return createJob(db, {
    id: randomUUID(),
    key,
    fileName: options.fileName,
    targetKind: target.kind,
    targetName: target.name,
    format: upload.format,
    sha256: upload.sha256,
    bytes: upload.bytes,
    status: 'validating',
    rowsValidated: 0,
    rowsWritten: 0,
    batchSize: options.settings.batchSize,
    batchesDone: 0,
    writtenCreated: 0,
    writtenUpdated: 0,
    writtenLinked: 0,
    errorCount: 0,
    username: options.username,
    instance: INSTANCE_ID,
    runs: 1,
    startedAt: now,
    updatedAt: now,
  });
}
