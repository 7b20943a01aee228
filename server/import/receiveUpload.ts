// Streams an upload to a private temporary file, counting and hashing as it goes: memory stays flat
// whatever the size, the size limit holds, and the hash identifies the file for resuming a job.
import type { Request } from 'express';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { importErrors, XLSX_TYPE } from '../errors';
import type { UploadFormat } from './rows';

export interface SavedUpload {
  path: string;
  bytes: number;
  sha256: string;
  format: UploadFormat;
}

/** File names in the upload folder: only files named so are ever removed from it. */
export const UPLOAD_FILE = /^innochain-upload-[0-9a-f-]{36}\.(csv|xlsx)$/;
export const JOB_FILE = /^innochain-job-([0-9a-f-]{36})\.(csv|xlsx)$/;
const newUploadPath = (dir: string, format: UploadFormat) => path.join(dir, `innochain-upload-${randomUUID()}.${format}`);

/** The upload a job reads, named after the job: a resumed job's new upload replaces its old one. */
export async function adoptUpload(upload: SavedUpload, jobId: string): Promise<SavedUpload> {
  const adopted = path.join(path.dirname(upload.path), `innochain-job-${jobId}.${upload.format}`);
  await rename(upload.path, adopted);
  return { ...upload, path: adopted };
}

const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/comma-separated-values']);

export function uploadFormat(contentType: string | undefined): UploadFormat {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (CSV_TYPES.has(type)) return 'csv';
  if (type === XLSX_TYPE) return 'xlsx';
  throw importErrors.unsupportedMediaType(type);
}

const tooLarge = importErrors.fileTooLarge;

export async function saveUpload(req: Request, options: { maxBytes: number; dir: string }): Promise<SavedUpload> {
  const format = uploadFormat(req.headers['content-type']);
  const declared = Number(req.headers['content-length']);
  // Refuse before reading when the client says the file is too large.
  if (Number.isFinite(declared) && declared > options.maxBytes) throw tooLarge(options.maxBytes);
  await mkdir(options.dir, { recursive: true, mode: 0o700 });
  const file = newUploadPath(options.dir, format);
  const hash = createHash('sha256');
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > options.maxBytes) {
        done(tooLarge(options.maxBytes));
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(req, meter, createWriteStream(file, { mode: 0o600 }));
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
  if (bytes === 0) {
    await rm(file, { force: true });
    throw importErrors.emptyFile();
  }
  return { path: file, bytes, sha256: hash.digest('hex'), format };
}

/** A file already on disk, copied into the upload folder as an upload would be (scripts, tests). */
export async function uploadFromFile(source: string, options: { dir: string; format?: UploadFormat }): Promise<SavedUpload> {
  const format = options.format ?? (source.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
  await mkdir(options.dir, { recursive: true, mode: 0o700 });
  const file = newUploadPath(options.dir, format);
  const hash = createHash('sha256');
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(createReadStream(source), meter, createWriteStream(file, { mode: 0o600 }));
  return { path: file, bytes, sha256: hash.digest('hex'), format };
}
