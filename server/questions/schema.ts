import { z } from 'zod';

export const QuestionParams = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a question id such as links-without-local-firm')
    .describe('Question id (GET /api/questions) / 问题编号'),
});

export const QuestionQuery = z
  .object({
    format: z.enum(['json', 'csv', 'xlsx']).default('json').describe('json rows, or a csv / xlsx download / 格式'),
    lang: z.enum(['zh', 'en']).default('zh').describe('Language of headers and cells (default Chinese) / 语言'),
  })
  .strict();

export const NoQuery = z.object({}).strict();
