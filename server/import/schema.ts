import { z } from 'zod';
import { queryInteger } from '../middleware/queryInteger';
import { pageOf } from '../../graph/model';
import { ImportJobDto, RowErrorDto } from './';

const Flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .default(false);

export const TemplateParams = z.object({ name: z.string().min(1).max(60) });

export const TemplateQuery = z
  .object({
    format: z.enum(['csv', 'xlsx']).default('csv'),
    lang: z.enum(['en', 'zh']).default('en').describe('Header row in English field names or Chinese (both are accepted on upload)'),
  })
  .strict();

export const UploadQuery = z
  .object({
    dryRun: Flag.describe('true: check only, write nothing, answer the report'),
    wait: Flag.describe('Commit only: answer when the job has ended instead of at once (202)'),
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .refine((name) => !/[/\\]/.test(name) && ![...name].some((c) => c.charCodeAt(0) < 0x20), {
        message: 'must be a plain file name (文件名不能包含路径或控制字符)',
      })
      .optional()
      .describe('Shown in provenance: sourceRef "<fileName>#<row>"'),
  })
  .strict();

export const JobParams = z.object({ id: z.uuid() });
export const JobsQuery = z
  .object({
    offset: queryInteger({ min: 0, max: Number.MAX_SAFE_INTEGER, default: 0 }),
    limit: queryInteger({ min: 1, max: 100, default: 20 }),
  })
  .strict();

const Column = z.object({
  name: z.string(),
  nameZh: z.string(),
  type: z.string(),
  required: z.boolean(),
  values: z.array(z.string()).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  format: z.string().optional(),
});
export const TemplateList = z.object({
  items: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(['node', 'relationship']),
      nameZh: z.string(),
      nameEn: z.string(),
      columns: z.array(Column),
      from: z.array(z.string()).optional(),
      to: z.array(z.string()).optional(),
      downloads: z.object({ csv: z.string(), xlsx: z.string() }),
    }),
  ),
});

export const DryRunReport = z.object({
  dryRun: z.literal(true),
  target: z.object({ kind: z.enum(['node', 'relationship']), name: z.string() }),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  bytes: z.number().int(),
  rows: z.number().int(),
  valid: z.boolean(),
  errors: z.array(RowErrorDto),
  errorCount: z.number().int(),
  counts: z.object({ create: z.number().int(), update: z.number().int(), link: z.number().int() }),
});

export const JobBody = z.object({ job: ImportJobDto });
export const JobPage = pageOf(ImportJobDto);
