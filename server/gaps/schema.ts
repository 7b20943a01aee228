import { z } from 'zod';
import { GapRuleId, Severity, Slug } from '../../graph/model';
import { AsOfParam } from '../history/asOf';
import { RegionScope } from './scope';

/** A filter given comma-separated (rule=a,b) or repeated (rule=a&rule=b); each item checked by `item`. */
export function listParam<T extends z.ZodType>(item: T, description: string) {
  // Items are checked after splitting; zod cannot see that an enum accepts the split strings, hence the cast.
  // Given but empty (`industry=`) is a mistake, not "no filter": at least one value.
  const items = z.array(item).min(1, 'give at least one value (至少给出一个值)').optional() as unknown as z.ZodType<z.output<T>[] | undefined, string[] | undefined>;
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) =>
      value === undefined
        ? undefined
        : (Array.isArray(value) ? value : [value])
            .flatMap((v) => v.split(','))
            .map((v) => v.trim())
            .filter((v) => v.length > 0),
    )
    .pipe(items)
    .describe(description);
}

export const GapsQuery = z
  .object({
    rule: listParam(GapRuleId, 'Rule ids (GET /api/gaps/rules), comma-separated or repeated / 规则编号'),
    industry: listParam(
      Slug,
      'Industry ids; a subsector selects the industry it rolls up into. Unknown ids are answered 400 / 产业编号',
    ),
    region: RegionScope,
    severity: listParam(Severity, 'high, medium, low / 严重程度'),
    asOf: AsOfParam,
  })
  .strict();
export type GapsQuery = z.infer<typeof GapsQuery>;

export const MatrixQuery = z
  .object({ industry: listParam(Slug, 'Only these industries (unknown ids are answered 400) / 仅这些产业'), region: RegionScope, asOf: AsOfParam })
  .strict();

/** Endpoints whose only parameter is the region analysed. */
export const ScopeQuery = z.object({ region: RegionScope }).strict();

/** The region analysed, as recorded at a moment. */
export const ScopeAsOfQuery = z.object({ region: RegionScope, asOf: AsOfParam }).strict();

export const NoQuery = z.object({}).strict();

export const IndustryParams = z.object({ id: Slug.describe('Industry id / 产业编号') });
