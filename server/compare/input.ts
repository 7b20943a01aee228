// What the compare formulas read: a region × industry table of counts and the thresholds. Both arrive
// from outside (the graph, a measurement file, the settings), so both have zod schemas; everything the
// formulas derive from them is plain TypeScript.
import { z } from 'zod';
import { zodIssuesToDetails } from '../zodDetails';

/** What a count is: firms located there, or a per-region × industry measurement where one exists. */
export const MEASURES = ['firms', 'output', 'employment'] as const;
export type Measure = (typeof MEASURES)[number];

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

/**
 * Thresholds, each with our default and where it comes from.
 * - minCount 3: ours. Below three firms one opening or closing swings the LQ by a third or more; set it
 *   in the measure's own unit when the table holds output or employment.
 * - specialisationLq 2: the European Cluster Observatory's specialisation star ("the measure needs to be
 *   at least 2 to receive a star"), as quoted from European Commission (2011) in the cluster paper at
 *   https://scitepress.org/PublishedPapers/2013/45487/pdf/index.html.
 * - sizeTopShare 0.1 and sizePool 'industry': the Observatory's size star, "the top 10% of all clusters in
 *   Europe within the same cluster category in terms of the number of employees"
 *   (http://www.clusterobservatory.eu/index.php?id=49&nid=). 'all' pools every region × industry cell
 *   instead, for tables with too few regions for a per-industry decile to mean anything.
 * - focusTopShare 0.1: ours. Focus is the share e_ri / e_r in the top tenth of all cells, not a fixed
 *   share: e_r often counts only the listed industries, so a fixed 20% would be met by most cells of a
 *   four-industry table and by almost none of a thirty-industry one, while a rank means the same in both
 *   and is rated like size. The Observatory's own wording of its focus star was cut off in the copies we
 *   could read, so we do not claim it as theirs.
 * - presenceLq 1: a region "has" an industry for relatedness at LQ ≥ 1, the RCA ≥ 1 of Hidalgo et al.
 *   (2007) product space, whose R implementations (economiccomplexity, EconGeo) start from the same cut.
 */
export const CompareConfigSchema = z
  .object({
    minCount: z.number().min(0).finite().default(3),
    specialisationLq: z.number().positive().finite().default(2),
    sizeTopShare: z.number().gt(0).max(1).default(0.1),
    sizePool: z.enum(['industry', 'all']).default('industry'),
    focusTopShare: z.number().gt(0).max(1).default(0.1),
    presenceLq: z.number().positive().finite().default(1),
  })
  .strict();

export type CompareConfig = z.infer<typeof CompareConfigSchema>;

export const DEFAULT_COMPARE_CONFIG: CompareConfig = Object.freeze(CompareConfigSchema.parse({}));

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
