import { z } from 'zod';
import { queryInteger } from '../middleware/queryInteger';
import { Slug } from '../../graph/model';
import { RegionScope } from '../gaps/scope';
import { AsOfParam } from '../history/asOf';

export const ChainParams = z.object({ id: Slug.describe('Industry id / 产业编号') });
export type ChainParams = z.infer<typeof ChainParams>;

/** `a,b,c` (or the parameter repeated) → a list of link ids; the single word `all` expands every link. */
const ExpandList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((part) => part.split(',')))
  .transform((parts) => parts.map((part) => part.trim()).filter((part) => part.length > 0))
  .pipe(z.array(Slug).max(500));

export const ChainQuery = z.object({
  expand: ExpandList.optional().describe(
    'Chain links to show with all their members: comma-separated link ids, or `all` / 展开的环节（逗号分隔，或 all）',
  ),
  members: queryInteger({ min: 0, max: 50, default: 3 }).describe('How many members an aggregated link shows (0–50, default 3) / 未展开环节显示的成员数'),
  region: RegionScope,
  asOf: AsOfParam,
}).strict();
export type ChainQuery = z.infer<typeof ChainQuery>;
