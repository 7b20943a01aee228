import { z } from 'zod';
import { GAP_RULE_IDS, MAX_QUESTION_ROWS, QUESTION_SORT_ORDERS, SEVERITIES } from '../../graph/model';
import { queryInteger } from '../middleware/queryInteger';
import { RegionScope } from '../gaps/scope';
import { AsOfParam } from '../history/asOf';

export const QuestionParams = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a question id such as links-without-local-firm')
    .describe('Question id (GET /api/questions) / 问题编号'),
});

const key = /^[A-Za-z0-9_-]{1,80}$/;

export const QuestionQuery = z
  .object({
    format: z.enum(['json', 'csv', 'xlsx']).default('json').describe('json rows, or a csv / xlsx download / 格式'),
    lang: z.enum(['zh', 'en']).default('zh').describe('Language of headers and cells (default Chinese) / 语言'),
    industry: z
      .string()
      .regex(key, 'must be an industry id such as textiles')
      .optional()
      .describe('Only rows about this industry (its id) / 只看该产业'),
    severity: z.enum(SEVERITIES).optional().describe('Only gaps of this severity / 只看该严重程度'),
    rule: z.enum(GAP_RULE_IDS).optional().describe('Only gaps of this rule / 只看该规则'),
    sort: z
      .string()
      .regex(key, 'must be a column key of the question')
      .optional()
      .describe('Order rows by this column (severity orders by its rank) / 按该列排序'),
    order: z.enum(QUESTION_SORT_ORDERS).default('asc').describe('asc or desc (with sort) / 排序方向'),
    limit: queryInteger({ min: 1, max: MAX_QUESTION_ROWS, default: MAX_QUESTION_ROWS }).describe(
      `At most this many rows (1–${MAX_QUESTION_ROWS}); more matching rows set truncated / 最多行数，超出时 truncated 为真`,
    ),
    region: RegionScope,
    asOf: AsOfParam,
  })
  .strict();
export type QuestionQuery = z.infer<typeof QuestionQuery>;

export const NoQuery = z.object({}).strict();
