// Import jobs: an :ImportJob node per committed file records its state and progress, so the client can
// poll it and an interrupted import can be finished. Sending the same file (same bytes, name and
// template) again resumes its unfinished job: validation runs again, then the batches not yet written
// (each batch is claimed on the job node in its own transaction, so none is written twice).
import { randomUUID } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { neo4jErrorCode } from '../../graph/db/errors';
import { writeAudit } from '../auth/audit';
import type { ImportSettings } from './settings';
import { errors as appErrors, importErrors } from '../errors';
import { logger } from '../logger';
import { ACTIVE_JOBS, COUNT_JOBS, CREATE_JOB, GET_JOB, LIST_JOBS, RESUMABLE_JOB, UPDATE_JOB } from './queries';
import { adoptUpload, JOB_FILE, UPLOAD_FILE, type SavedUpload } from './receiveUpload';
import type { ImportTarget } from './targets';
import { validateImport, type RowError } from './validate';
import { ImportAbortedError, writeImport } from './write';

/** This process: a job left "validating"/"writing" by another process was interrupted. */
export const INSTANCE_ID = randomUUID();

const running = new Map<string, Promise<ImportJobDto>>();

export const JOB_STATUSES = ['validating', 'writing', 'done', 'rejected', 'failed', 'interrupted'] as const;

const Counts = z.object({ create: z.number().int(), update: z.number().int(), link: z.number().int() });
export const RowErrorDto = z.object({ row: z.number().int().nullable(), column: z.string().nullable(), reason: z.string(), reasonZh: z.string() });

export const ImportJobDto = z.object({
  id: z.string(),
  status: z.enum(JOB_STATUSES),
  target: z.object({ kind: z.enum(['node', 'relationship']), name: z.string() }),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  sha256: z.string(),
  bytes: z.number().int(),
  rowsTotal: z.number().int().nullable().describe('Data rows in the file, known once validation is done'),
  rowsValidated: z.number().int(),
  rowsWritten: z.number().int(),
  batchSize: z.number().int(),
  batchesDone: z.number().int(),
  batchesTotal: z.number().int().nullable(),
  planned: Counts.nullable().describe('What validation found the file would create, update and link'),
  written: Counts.describe('What the written batches did'),
  errors: z.array(RowErrorDto),
  errorCount: z.number().int(),
  username: z.string(),
  runs: z.number().int().describe('1, or more when the job was resumed'),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  message: z.object({ en: z.string(), zh: z.string() }).nullable(),
});
export type ImportJobDto = z.infer<typeof ImportJobDto>;

const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

function toDto(raw: unknown): ImportJobDto {
  const j = raw as Record<string, unknown>;
  let status = j.status as ImportJobDto['status'];
  // Left mid-way by a process that is gone (killed, restarted): say so.
  if ((status === 'validating' || status === 'writing') && j.instance !== INSTANCE_ID) status = 'interrupted';
  else if ((status === 'validating' || status === 'writing') && !running.has(String(j.id))) status = 'interrupted';
  const rowsTotal = typeof j.rowsTotal === 'number' ? j.rowsTotal : null;
  const batchSize = num(j.batchSize) || 1;
  return ImportJobDto.parse({
    id: j.id,
    status,
    target: { kind: j.targetKind, name: j.targetName },
    fileName: j.fileName,
    format: j.format,
    sha256: j.sha256,
    bytes: num(j.bytes),
    rowsTotal,
    rowsValidated: num(j.rowsValidated),
    rowsWritten: num(j.rowsWritten),
    batchSize,
    batchesDone: num(j.batchesDone),
    batchesTotal: rowsTotal === null ? null : Math.ceil(rowsTotal / batchSize),
    planned: typeof j.plannedCreate === 'number' ? { create: j.plannedCreate, update: num(j.plannedUpdate), link: num(j.plannedLink) } : null,
    written: { create: num(j.writtenCreated), update: num(j.writtenUpdated), link: num(j.writtenLinked) },
    errors: typeof j.errors === 'string' ? (JSON.parse(j.errors) as RowError[]) : [],
    errorCount: num(j.errorCount),
    username: j.username,
    runs: num(j.runs) || 1,
    startedAt: j.startedAt,
    updatedAt: j.updatedAt,
    finishedAt: j.finishedAt ?? null,
    message: typeof j.messageEn === 'string' ? { en: j.messageEn, zh: typeof j.messageZh === 'string' ? j.messageZh : '' } : null,
  });
}

async function updateJob(db: Database, id: string, changes: Record<string, unknown>): Promise<ImportJobDto> {
  const result = await db.write((tx) => tx.run(UPDATE_JOB, { id, changes: { ...changes, updatedAt: new Date().toISOString() } }));
  return toDto(result.records[0]?.get('job'));
}

export async function getJob(db: Database, id: string): Promise<ImportJobDto> {
  const record = (await db.read((tx) => tx.run(GET_JOB, { id }))).records[0];
  if (!record) throw appErrors.notFound('import job / 导入任务', id);
  return toDto(record.get('job'));
}

export async function listJobs(db: Database, offset: number, limit: number): Promise<{ items: ImportJobDto[]; total: number }> {
  return db.read(async (tx) => {
    const page = await tx.run(LIST_JOBS, { offset, limit });
    const total = await tx.run(COUNT_JOBS);
    return { items: page.records.map((r) => toDto(r.get('job'))), total: total.records[0]?.get('total') as number };
  });
}

export interface StartImportOptions {
  target: ImportTarget;
  upload: SavedUpload;
  fileName: string;
  username: string;
  settings: ImportSettings;
  /** Stops the job between batches, leaving it as a crash would (resumable). */
  signal?: AbortSignal;
}

/** Creates (or resumes) the job and starts it; `done` settles when it ends. The upload file is removed at the end. */
export async function startImport(db: Database, options: StartImportOptions): Promise<{ job: ImportJobDto; done: Promise<ImportJobDto> }> {
  let job: ImportJobDto;
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
    .catch((error: unknown): ImportJobDto => {
      logger.error({ err: error, job: job.id }, 'import job could not record its end');
      return { ...job, status: 'failed', message: { en: 'The import stopped; send the same file again to resume it', zh: '导入中断，重新上传同一文件即可继续' } };
    })
    // Ended means its upload is gone too.
    .finally(async () => {
      running.delete(job.id);
      await rm(upload.path, { force: true }).catch(() => undefined);
    });
  running.set(job.id, done);
  return { job: { ...job, status: 'validating' }, done };
}

async function createOrResumeJob(db: Database, options: StartImportOptions): Promise<ImportJobDto> {
  const { target, upload } = options;
  const key = `${upload.sha256}:${target.kind}:${target.name}:${options.fileName}`;
  const now = new Date().toISOString();
  const previous = (await db.read((tx) => tx.run(RESUMABLE_JOB, { key }))).records[0]?.get('job') as Record<string, unknown> | undefined;
  if (previous && running.has(String(previous.id))) {
    throw importErrors.running(String(previous.id));
  }
  if (previous) {
    return updateJob(db, String(previous.id), { status: 'validating', instance: INSTANCE_ID, runs: num(previous.runs) + 1, username: options.username });
  }
  const created = await db.write((tx) =>
    tx.run(CREATE_JOB, {
      job: {
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
      },
    }),
  );
  return toDto(created.records[0]?.get('job'));
}

/** Left alone this long, an upload or a job's file belongs to nothing that is still running. */
const STALE_AFTER_MS = 10 * 60_000;

/**
 * At start: removes what interrupted uploads and jobs left in the upload folder (a killed process never
 * reaches its clean-up). Only files named as uploads are touched; kept are a job's file while the job is
 * validating or writing and was updated lately, and an upload written to lately (either may belong to
 * another process if the folder is shared). Answers the names removed.
 */
export async function removeLeftoverUploads(db: Database, dir: string, now = Date.now()): Promise<string[]> {
  const names = await readdir(dir).catch((error: unknown) => {
    if (neo4jErrorCode(error) === 'ENOENT') return [];
    throw error;
  });
  const jobIds = names.flatMap((name) => JOB_FILE.exec(name)?.[1] ?? []);
  const active = new Set<string>();
  if (jobIds.length > 0) {
    const result = await db.read((tx) => tx.run(ACTIVE_JOBS, { ids: jobIds, since: new Date(now - STALE_AFTER_MS).toISOString() }));
    for (const record of result.records) active.add(record.get('id') as string);
  }
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

async function runJob(db: Database, job: ImportJobDto, options: StartImportOptions): Promise<ImportJobDto> {
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
    await writeImport(db, { ...read, jobId: job.id, batchSize: job.batchSize, batchesDone: writing.batchesDone, ...(options.signal ? { signal: options.signal } : {}) });
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

async function finish(db: Database, id: string, username: string): Promise<ImportJobDto> {
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
    const job = toDto(result.records[0]?.get('job'));
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
