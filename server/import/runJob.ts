// One run of an import job: validate the whole file, then write its batches, then record the end, each
// step on the job node so that a client polling it sees the progress and a new run can resume it.
import type { Database } from '../../graph/db/database';
import { neo4jErrorCode } from '../../graph/db/errors';
import type { ImportJob } from '../../graph/model';
import { writeAudit } from '../auth/audit';
import { logger } from '../logger';
import { readOne } from '../presenters/rows';
import { getJob, updateJob } from './jobStore';
import { JobRow, presentJob } from './jobNode';
import { UPDATE_JOB } from './queries';
import type { SavedUpload } from './receiveUpload';
import type { ImportSettings } from './settings';
import type { ImportTarget } from './targets';
import { validateImport } from './validate';
import { ImportAbortedError, writeImport } from './write';

export interface JobOptions {
  target: ImportTarget;
  upload: SavedUpload;
  fileName: string;
  username: string;
  settings: ImportSettings;
  /** Stops the job between batches, leaving it as a crash would (resumable). */
  signal?: AbortSignal;
}

/** Runs the job to its end and answers it as it ended: done, rejected, failed, or (aborted) as it stands. */
export async function runJob(db: Database, job: ImportJob, options: JobOptions): Promise<ImportJob> {
  const read = { path: options.upload.path, format: options.upload.format, fileName: options.fileName, target: options.target };
  try {
    const report = await validateImport(db, {
      ...read,
      batchSize: job.batchSize,
      maxReportedErrors: options.settings.maxReportedErrors,
      onProgress: async (rows) => {
        await updateJob(db, job.id, { rowsValidated: rows });
      },
    });
    if (!report.valid) {
      return await updateJob(db, job.id, {
        status: 'rejected',
        rowsTotal: report.rows,
        rowsValidated: report.rows,
        errors: JSON.stringify(report.errors),
        errorCount: report.errorCount,
        finishedAt: new Date().toISOString(),
        messageEn: `${report.errorCount} problem(s) found; nothing was written`,
        messageZh: `发现 ${report.errorCount} 处问题，未写入任何数据`,
      });
    }
    const writing = await updateJob(db, job.id, {
      status: 'writing',
      rowsTotal: report.rows,
      rowsValidated: report.rows,
      plannedCreate: report.counts.create,
      plannedUpdate: report.counts.update,
      plannedLink: report.counts.link,
    });
    await writeImport(db, { ...read, jobId: job.id, actor: options.username, batchSize: job.batchSize, batchesDone: writing.batchesDone, ...(options.signal ? { signal: options.signal } : {}) });
    // Done means searchable: the name index catches up after the last batch (it is updated after commit).
    await db.awaitSearchIndex();
    return await finish(db, job.id, options.username);
  } catch (error) {
    if (error instanceof ImportAbortedError) {
      // Left exactly as a crash would leave it: sending the same file again resumes it.
      return getJob(db, job.id);
    }
    logger.error({ err: error, job: job.id }, 'import failed');
    const code = neo4jErrorCode(error) ?? 'unexpected';
    return updateJob(db, job.id, {
      status: 'failed',
      messageEn: `The import stopped (${code}); send the same file again to resume it`,
      messageZh: `导入中断（${code}），重新上传同一文件即可继续`,
    });
  }
}

/** Marks the job done and audits the import, in one transaction: a done job always has its entry. */
async function finish(db: Database, id: string, username: string): Promise<ImportJob> {
  return db.write(async (tx) => {
    const now = new Date().toISOString();
    const result = await tx.run(UPDATE_JOB, {
      id,
      changes: {
        status: 'done',
        finishedAt: now,
        updatedAt: now,
        messageEn: 'Imported',
        messageZh: '导入完成',
      },
    });
    const job = presentJob(readOne(result, JobRow).job);
    // One audit entry per import (per-row before/after would be the file itself, kept by its hash).
    await writeAudit(tx, {
      username,
      action: 'import.commit',
      targetKind: 'import',
      targetId: job.id,
      targetType: job.target.name,
      after: { fileName: job.fileName, sha256: job.sha256, rows: job.rowsTotal, planned: job.planned, written: job.written, runs: job.runs },
      at: now,
    });
    return job;
  });
}
