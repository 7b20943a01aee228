// What the compare formulas read: a region × industry table of counts and the thresholds. Both arrive
// from outside (the graph, a measurement file, the settings), so both have zod schemas; everything the
// formulas derive from them is plain TypeScript.
import { z } from 'zod';
import { CompareConfigSchema, MEASURES, type CompareConfig, type Measure } from '../../graph/model/compare';
import { zodIssuesToDetails } from '../zodDetails';

// The measures and thresholds are wire shapes too (the gap configuration and GET /api/compare carry them).
export { CompareConfigSchema, DEFAULT_COMPARE_CONFIG, MEASURES, type CompareConfig, type Measure } from '../../graph/model/compare';

export interface CountTable {
  measure: Measure;
  /** Every region compared, including ones with no firms: they still need a row saying so. */
  regions: readonly string[];
  /** Every industry compared, including ones present nowhere. */
  industries: readonly string[];
  /** e[region][industry]; a missing entry is 0. */
  counts: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /**
   * e_r where the region's whole count is known (all its firms, not only those in the listed
   * industries); without it e_r is the row's sum, so LQ and focus compare within the listed industries.
   */
  regionTotals?: Readonly<Record<string, number>> | undefined;
}

const ids = (what: string) =>
  z
    .array(z.string().min(1))
    .refine((list) => new Set(list).size === list.length, `${what} ids must be unique (${what === 'region' ? '地区' : '产业'} id 不能重复)`);

export const CountTableSchema = z
  .object({
    measure: z.enum(MEASURES),
    regions: ids('region'),
    industries: ids('industry'),
    counts: z.record(z.string(), z.record(z.string(), z.number().min(0).finite())),
    regionTotals: z.record(z.string(), z.number().min(0).finite()).optional(),
  })
  .strict()
  .superRefine((table, ctx) => {
    const regions = new Set(table.regions);
    const industries = new Set(table.industries);
    for (const [region, row] of Object.entries(table.counts)) {
      if (!regions.has(region)) ctx.addIssue({ code: 'custom', path: ['counts', region], message: 'unknown region (未列出的地区)' });
      for (const [industry, value] of Object.entries(row)) {
        if (!industries.has(industry)) {
          ctx.addIssue({ code: 'custom', path: ['counts', region, industry], message: 'unknown industry (未列出的产业)' });
        }
        // A firm count is whole; a measurement (output, employment) may be fractional.
        if (table.measure === 'firms' && !Number.isInteger(value)) {
          ctx.addIssue({ code: 'custom', path: ['counts', region, industry], message: 'a firm count is a whole number (企业数应为整数)' });
        }
      }
    }
    for (const [region, total] of Object.entries(table.regionTotals ?? {})) {
      const row = Object.values(table.counts[region] ?? {}).reduce((a, b) => a + b, 0);
      if (!regions.has(region)) ctx.addIssue({ code: 'custom', path: ['regionTotals', region], message: 'unknown region (未列出的地区)' });
      else if (total < row) {
        ctx.addIssue({ code: 'custom', path: ['regionTotals', region], message: 'less than the region\'s counts (小于该地区各产业计数之和)' });
      }
    }
  });

export class CompareInputError extends Error {
  override name = 'CompareInputError';
}

function parseWith<T>(schema: z.ZodType<T>, input: unknown, what: string, whatZh: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const lines = zodIssuesToDetails(result.error.issues).map((d) => `  ${d.field}: ${d.reason} / ${d.reasonZh}`);
  throw new CompareInputError(`Invalid ${what} / ${whatZh}无效:\n${lines.join('\n')}`);
}

export const parseCountTable = (input: unknown): CountTable => parseWith(CountTableSchema, input, 'count table', '计数表');

export const parseCompareConfig = (input: unknown): CompareConfig =>
  parseWith(CompareConfigSchema, input ?? {}, 'compare configuration', '比较配置');

/** e_ri; 0 where the table has no entry. */
export function countOf(table: CountTable, region: string, industry: string): number {
  return table.counts[region]?.[industry] ?? 0;
}

export interface Totals {
  /** e_r: regionTotals[r] where given, else the region's total over the table's industries. */
  byRegion: ReadonlyMap<string, number>;
  /** e_i: the industry's total over the table's regions. */
  byIndustry: ReadonlyMap<string, number>;
  /** e = Σ e_r, so it includes the firms outside the listed industries whenever regionTotals does. */
  all: number;
}

export function totalsOf(table: CountTable): Totals {
  const byRegion = new Map(table.regions.map((r) => [r, 0]));
  const byIndustry = new Map(table.industries.map((i) => [i, 0]));
  for (const r of table.regions) {
    for (const i of table.industries) {
      const e = countOf(table, r, i);
      byRegion.set(r, (byRegion.get(r) ?? 0) + e);
      byIndustry.set(i, (byIndustry.get(i) ?? 0) + e);
    }
    const known = table.regionTotals?.[r];
    if (known !== undefined) byRegion.set(r, known);
  }
  const all = [...byRegion.values()].reduce((a, b) => a + b, 0);
  return { byRegion, byIndustry, all };
}
