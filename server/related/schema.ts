// The request of GET /api/related: which region, and how many 延链 candidates.
import { z } from 'zod';
import { RegionScope } from '../gaps/scope';
import { queryInteger } from '../middleware/queryInteger';

export const RELATED_LIMITS = {
  /** Candidates returned when `limit` is not given. */
  defaultLimit: 10,
  /** Most candidates a client may ask for. */
  maxLimit: 50,
};

export const RelatedQuery = z
  .object({
    region: RegionScope,
    limit: queryInteger({ min: 1, max: RELATED_LIMITS.maxLimit, default: RELATED_LIMITS.defaultLimit }).describe(
      `Candidates to return, 1–${RELATED_LIMITS.maxLimit} / 返回的候选产业数`,
    ),
  })
  .strict();
export type RelatedQuery = z.infer<typeof RelatedQuery>;
