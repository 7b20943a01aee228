import { z } from 'zod';
import { BRIEFING_LANGS, BriefingRequest, MAX_INDUSTRIES, Slug } from '../../graph/model';
import { RegionScope } from '../gaps/scope';
import { PastMoment } from '../../graph/model/moments';

export { BriefingScopeBody, MAX_INDUSTRIES } from '../../graph/model';

const AS_OF_DESCRIPTION =
  'Build the whole briefing from the graph as recorded at the end of this day (China time) or at this date-time, stated on the cover; ' +
  'with since, the 与上期相比 section covers since to asOf / 按该日的记录生成整份简报（封面注明）；与 since 同用时比较 since 至 asOf';

/** POST /api/briefings: the shared request (graph/model) and the server's asOf option. */
export const BriefingPostBody = BriefingRequest.extend({ asOf: PastMoment.optional().describe(AS_OF_DESCRIPTION) }).strict();
export type BriefingPostBody = z.infer<typeof BriefingPostBody>;

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
  asOf: PastMoment.optional().describe(AS_OF_DESCRIPTION),
}).strict();
export type BriefingViewQuery = z.infer<typeof BriefingViewQuery>;
