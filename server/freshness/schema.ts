// The request of GET /api/freshness: which facts (a region or the whole graph), counted to which day, how
// many to list, and whether to download a list as CSV or Excel.
import { z } from 'zod';
import { Slug } from '../../graph/model';
import { PartialDate } from '../../graph/model/common';
import { queryInteger } from '../middleware/queryInteger';

export const FRESHNESS_LIMITS = { defaultLimit: 50, maxLimit: 500 };

/** A whole day: ages are counted to it. */
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD (应为日期 YYYY-MM-DD)')
  .pipe(PartialDate);

export const FreshnessQuery = z
  .object({
    region: Slug.optional().describe(
      'Count only the facts of this region (a county, city or province id: its places, what is located in them, plans applying there, and their relationships); the whole graph when absent. Unknown ids are answered 400 / 只统计该地区的事实，缺省为全图',
    ),
    at: Day.optional().describe('The day ages are counted to (YYYY-MM-DD); today (UTC) when absent. A later day shows what will be stale by then / 计算时效的日期，缺省为今天'),
    limit: queryInteger({ min: 1, max: FRESHNESS_LIMITS.maxLimit, default: FRESHNESS_LIMITS.defaultLimit }).describe(
      `Most facts in each list (stale, undated), 1–${FRESHNESS_LIMITS.maxLimit} / 每个清单最多列出的事实数`,
    ),
    format: z.enum(['json', 'csv', 'xlsx']).default('json').describe('json, or a csv / xlsx download of one list / 格式'),
    list: z.enum(['stale', 'undated']).default('stale').describe('The list a download holds: stale facts or undated ones / 下载哪一个清单'),
    lang: z.enum(['zh', 'en']).default('zh').describe('Language of a download (default Chinese) / 下载文件的语言'),
  })
  .strict();
export type FreshnessQuery = z.infer<typeof FreshnessQuery>;

export const NoQuery = z.object({}).strict();
