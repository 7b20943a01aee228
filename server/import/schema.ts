import { z } from 'zod';
import { ImportFormat } from '../../graph/model';
import { queryInteger } from '../middleware/queryInteger';

// The answers are the shapes the import page reads, defined once in graph/model/import.ts.
export { DryRunReport, ImportJobBody, ImportJobPage, ImportTemplateList } from '../../graph/model';

const Flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .default(false);

export const TemplateParams = z.object({ name: z.string().min(1).max(60) });

export const TemplateQuery = z
  .object({
    format: ImportFormat.default('csv'),
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
