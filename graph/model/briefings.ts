// What a client asks of POST /api/briefings: the scope, the file format and the language. The server
// validates with these schemas and the client builds its request from their types.
import { z } from 'zod';
import { PastMoment } from './moments';
import { Slug } from './common';

export const BRIEFING_LANGS = ['zh', 'en'] as const;
export type BriefingLang = (typeof BRIEFING_LANGS)[number];

export const BRIEFING_FORMATS = ['docx', 'pdf', 'html'] as const;
export type BriefingFormat = (typeof BRIEFING_FORMATS)[number];

/** Most industries one briefing may cover (the city scope covers them all). */
export const MAX_INDUSTRIES = 50;

export const BriefingScopeBody = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('city') }).strict(),
    z
      .object({
        kind: z.literal('industries'),
        ids: z.array(Slug).max(MAX_INDUSTRIES).describe('Industry ids, in the order the briefing shows them / 产业编号'),
      })
      .strict(),
  ])
  .describe('The whole city, or chosen industries / 全市或所选产业');
/** The whole city (every industry the gap engine rates), or a chosen set of industries. */
export type BriefingScope = z.infer<typeof BriefingScopeBody>;

export const BriefingRequest = z
  .object({
    scope: BriefingScopeBody,
    format: z.enum(BRIEFING_FORMATS).describe('docx (Word), pdf or html / 文件格式'),
    lang: z.enum(BRIEFING_LANGS).default('zh').describe('Language: zh (default) or en / 语言'),
    region: Slug.optional().describe(
      'The region analysed (a county, city or province id); the configured home city when absent. Unknown ids are answered 400 / 分析的地区，缺省为本市',
    ),
    since: PastMoment.optional().describe(
      'Add a 与上期相比 section: what was recorded since this date (its end, China time) or date-time, and the gaps it closed or opened / 加入“与上期相比”一节',
    ),
  })
  .strict();
export type BriefingRequest = z.infer<typeof BriefingRequest>;
