// The spreadsheet import's answers as the client reads them: templates, dry-run reports and jobs. One
// definition for the server (server/import, its OpenAPI operations) and the import page.
import { z } from 'zod';
import { pageOf } from './api';
import { FieldInfo } from './edit';

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export const ImportFormat = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof ImportFormat>;

/** What a file is imported as: a node label or a relationship type, by name. */
export const ImportTargetRef = z.object({ kind: z.enum(['node', 'relationship']), name: z.string() });
export type ImportTargetRef = z.infer<typeof ImportTargetRef>;

/** One downloadable template (GET /api/import/templates). */
export const ImportTemplate = z.object({
  name: z.string(),
  kind: ImportTargetRef.shape.kind,
  nameZh: z.string(),
  nameEn: z.string(),
  columns: z.array(FieldInfo),
  from: z.array(z.string()).optional().describe('Relationship templates: the labels the from end may have'),
  to: z.array(z.string()).optional(),
  downloads: z.object({ csv: z.string(), xlsx: z.string() }),
});
export type ImportTemplate = z.infer<typeof ImportTemplate>;

export const ImportTemplateList = z.object({ items: z.array(ImportTemplate) });
export type ImportTemplateList = z.infer<typeof ImportTemplateList>;

/** A problem with one row (or, with row null, with the whole file). */
export const RowError = z.object({
  row: z.number().int().nullable().describe('Spreadsheet row (the header is row 1); null for the whole file'),
  column: z.string().nullable(),
  reason: z.string(),
  reasonZh: z.string(),
});
export type RowError = z.infer<typeof RowError>;

export const ImportCounts = z.object({
  create: z.number().int(),
  update: z.number().int(),
  link: z.number().int().describe('Relationships a node file makes (e.g. HAS_LINK from industryId) that do not exist yet'),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

/** What checking a file found (POST /api/import/files/:name?dryRun=true). */
export const DryRunReport = z.object({
  dryRun: z.literal(true),
  target: ImportTargetRef,
  fileName: z.string(),
  format: ImportFormat,
  bytes: z.number().int(),
  rows: z.number().int(),
  valid: z.boolean(),
  errors: z.array(RowError),
  errorCount: z.number().int(),
  counts: ImportCounts,
});
export type DryRunReport = z.infer<typeof DryRunReport>;

export const IMPORT_JOB_STATUSES = ['validating', 'writing', 'done', 'rejected', 'failed', 'interrupted'] as const;
export const ImportJobStatus = z.enum(IMPORT_JOB_STATUSES);
export type ImportJobStatus = z.infer<typeof ImportJobStatus>;

/** A committed file's job: its state and progress, polled by the client. */
export const ImportJob = z.object({
  id: z.string(),
  status: ImportJobStatus,
  target: ImportTargetRef,
  fileName: z.string(),
  format: ImportFormat,
  sha256: z.string(),
  bytes: z.number().int(),
  rowsTotal: z.number().int().nullable().describe('Data rows in the file, known once validation is done'),
  rowsValidated: z.number().int(),
  rowsWritten: z.number().int(),
  batchSize: z.number().int(),
  batchesDone: z.number().int(),
  batchesTotal: z.number().int().nullable(),
  planned: ImportCounts.nullable().describe('What validation found the file would create, update and link'),
  written: ImportCounts.describe('What the written batches did'),
  errors: z.array(RowError),
  errorCount: z.number().int(),
  username: z.string(),
  runs: z.number().int().describe('1, or more when the job was resumed'),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  message: z.object({ en: z.string(), zh: z.string() }).nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;

export const ImportJobBody = z.object({ job: ImportJob });
export type ImportJobBody = z.infer<typeof ImportJobBody>;

export const ImportJobPage = pageOf(ImportJob);
export type ImportJobPage = z.infer<typeof ImportJobPage>;
