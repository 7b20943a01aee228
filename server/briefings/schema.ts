import { z } from 'zod';
import { Slug } from '../../graph/model';
import { BRIEFING_FORMATS, BRIEFING_LANGS } from './types';

/** Most industries one briefing may cover (the city scope covers them all). */
export const MAX_INDUSTRIES = 50;

const Lang = z.enum(BRIEFING_LANGS).default('zh').describe('Language: zh (default) or en / 语言');

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

export const BriefingRequest = z
  .object({
    scope: BriefingScopeBody,
    format: z.enum(BRIEFING_FORMATS).describe('docx (Word), pdf or html / 文件格式'),
    lang: Lang,
  })
  .strict();
export type BriefingRequest = z.infer<typeof BriefingRequest>;

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
}).strict();
export type BriefingViewQuery = z.infer<typeof BriefingViewQuery>;
