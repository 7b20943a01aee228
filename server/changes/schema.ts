// The request of GET /api/changes: a period, a region, and how many facts to list.
import { z } from 'zod';
import { PastMoment } from '../history/asOf';
import { RegionScope } from '../gaps/scope';
import { queryInteger } from '../middleware/queryInteger';

export const CHANGES_LIMITS = { defaultLimit: 500, maxLimit: 5000 } as const;

export const ChangesQuery = z
  .object({
    since: PastMoment.describe('Start of the period, exclusive: a date (its end, China Standard Time) or a date-time / 起始（不含）：日期（北京时间当日结束）或日期时间'),
    until: PastMoment.optional().describe('End of the period, inclusive; absent: now / 截止（含），缺省为现在'),
    region: RegionScope,
    limit: queryInteger({ min: 1, max: CHANGES_LIMITS.maxLimit, default: CHANGES_LIMITS.defaultLimit }).describe(
      `Facts to list, newest first, 1–${CHANGES_LIMITS.maxLimit} / 列出的事实条数（最新在前）`,
    ),
  })
  .strict();
export type ChangesQuery = z.infer<typeof ChangesQuery>;
