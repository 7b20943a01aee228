import { z } from 'zod';
import { queryInteger } from '../middleware/queryInteger';
import { Slug } from '../../graph/model';

export const NeighbourhoodQuery = z.object({
  id: Slug,
  depth: queryInteger({ min: 1, max: 3, default: 1 }),
  limit: queryInteger({ min: 1, max: 2000, default: 300 }),
}).strict();
export type NeighbourhoodQuery = z.infer<typeof NeighbourhoodQuery>;
