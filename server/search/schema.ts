import { z } from 'zod';
import { queryInteger } from '../middleware/queryInteger';
import { NodeLabelSchema } from '../../graph/model';
import { AsOfParam } from '../history/asOf';

export const SEARCH_LIMITS = {
  /** Hits returned when `limit` is not given. */
  defaultLimit: 20,
  /** Most hits a client may ask for. */
  maxLimit: 100,
};

export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(100).describe('Words to find in names, Chinese or English / 检索词'),
  label: NodeLabelSchema.optional().describe('Only nodes of this label / 仅此类型'),
  limit: queryInteger({ min: 1, max: SEARCH_LIMITS.maxLimit, default: SEARCH_LIMITS.defaultLimit }).describe(`At most ${SEARCH_LIMITS.maxLimit} / 最多条数`),
  asOf: AsOfParam,
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export { SearchHit, SearchResult } from '../../graph/model';
