import { z } from 'zod';
import { BRIEFING_LANGS, MAX_INDUSTRIES, Slug } from '../../graph/model';
import { RegionScope } from '../gaps/scope';
import { PastMoment } from '../../graph/model/moments';

export { BriefingRequest, BriefingScopeBody, MAX_INDUSTRIES } from '../../graph/model';

const Lang = z.enum(BRIEFING_LANGS).default('zh').describe('Language: zh (default) or en / 语言');

/** `a,b,c` or the parameter repeated → a list of ids. */
const IdList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((part) => part.split(',')))
  .transform((parts) => parts.map((part) => part.trim()).filter((part) => part.length > 0))
  .pipe(z.array(Slug).max(MAX_INDUSTRIES));

export const BriefingViewQuery = z.object({
  scope: z
    .enum(['city', 'industry', 'industries'])
    .optional()
    .describe('city, or industry (with `industries`); by default industry when `industries` is given / 范围'),
  industries: IdList.optional().describe('Comma-separated industry ids / 产业编号（逗号分隔）'),
  lang: Lang,
  region: RegionScope,
  since: PastMoment.optional().describe('Add a 与上期相比 section: what was recorded since this date (its end, China time) or date-time / 加入“与上期相比”一节'),
}).strict();
export type BriefingViewQuery = z.infer<typeof BriefingViewQuery>;
