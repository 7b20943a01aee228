// The request of GET /api/changes: a period, a region, and how many facts to list.
import { z } from 'zod';
import { PastMoment } from '../history/asOf';
import { RegionScope } from '../gaps/scope';
import { queryInteger } from '../middleware/queryInteger';

export const CHANGES_LIMITS = { defaultLimit: 500, maxLimit: 5000 } as const;

export const ChangesQuery = z
  .object({
    since: PastMoment.describe('Start of the period: a date (from its start, China Standard Time, so the day is included) or a date-time (exclusive) / 起始：日期（北京时间当日零点起，含当日）或日期时间（不含）'),
    until: PastMoment.optional().describe('End of the period, inclusive; absent: now / 截止（含），缺省为现在'),
    region: RegionScope,
    limit: queryInteger({ min: 1, max: CHANGES_LIMITS.maxLimit, default: CHANGES_LIMITS.defaultLimit }).describe(
      `Facts to list, newest first, 1–${CHANGES_LIMITS.maxLimit} / 列出的事实条数（最新在前）`,
    ),
  })
  .strict();
export type ChangesQuery = z.infer<typeof ChangesQuery>;
