// Wire shapes of the comparison of regions (GET /api/compare) and the thresholds of the compare formulas,
// shared by server and client. No import from ./gaps: the gap configuration imports the thresholds from here.
import { z } from 'zod';
import { REGION_KINDS } from './nodes';

/** What a count is: firms located there, or a per-region × industry measurement where one exists. */
export const MEASURES = ['firms', 'output', 'employment'] as const;
export const Measure = z.enum(MEASURES);
export type Measure = z.infer<typeof Measure>;

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

/**
 * The `compare` section of the gap configuration (gaps.config.json): the formulas' thresholds above, and
 * growthYears: growth is the change in a cell's firm count over this many years up to the analysis year,
 * counted from the firms' founding years (GET /api/compare). Absent: every default.
 */
export const CompareSettings = CompareConfigSchema.extend({
  growthYears: z.number().int().min(1).max(50).default(5),
}).strict();
export type CompareSettings = z.infer<typeof CompareSettings>;
export const DEFAULT_COMPARE_SETTINGS: CompareSettings = Object.freeze(CompareSettings.parse({}));

/** Most regions one comparison takes: every cell reads the gap engine once per region. */
export const MAX_COMPARED_REGIONS = 20;

const Name = { id: z.string(), nameZh: z.string(), nameEn: z.string() };

export const CompareRegionRef = z.object({ ...Name, kind: z.enum(REGION_KINDS) });
export type CompareRegionRef = z.infer<typeof CompareRegionRef>;

export const CompareIndustryRef = z.object(Name);
export type CompareIndustryRef = z.infer<typeof CompareIndustryRef>;

export const CompareStars = z.object({
  size: z.boolean(),
  specialisation: z.boolean(),
  focus: z.boolean(),
  count: z.number().int().min(0).max(3),
});

/** Specialisation of one cell: an LQ, or why there is none. "Too small" is a tag, never 0 or NaN. */
export const CompareRating = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('rated'),
    /** (e_ri / e_r) / (e_i / e) over the reference regions (see `reference`). */
    lq: z.number(),
    /** e_ri / e_r. */
    share: z.number(),
    stars: CompareStars,
  }),
  z.object({ kind: z.literal('too-small'), reason: z.enum(['empty-region', 'absent-industry', 'below-floor']) }),
]);
export type CompareRating = z.infer<typeof CompareRating>;

/** 六个一 and the score from the gap engine (a subsector: its parent's), or why the region has none. */
export const CompareSixOnes = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('analysed'),
    /** Slots filled (status 'filled'), of `of`. */
    filled: z.number().int().min(0),
    of: z.number().int().min(1),
    /** The gap engine's industry score, 0..100. */
    score: z.number(),
  }),
  /** Not one of the region's key industries: the gap engine does not analyse it there. */
  z.object({ status: z.literal('not-key-industry') }),
]);
export type CompareSixOnes = z.infer<typeof CompareSixOnes>;

export const CompareLinkCount = z.object({
  link: z.object({ ...Name, stage: z.string().nullable(), order: z.number().nullable() }),
  /** Distinct firms inside the region covering the link. */
  firms: z.number().int().min(0),
});

/** Only when an industry is asked for: its chain links with at least one firm inside the region. */
export const CompareCoverage = z.object({
  links: z.number().int().min(0),
  covered: z.number().int().min(0),
  /** covered / links; null when the industry has no links. */
  share: z.number().min(0).max(1).nullable(),
  perLink: z.array(CompareLinkCount),
});
export type CompareCoverage = z.infer<typeof CompareCoverage>;

/** Growth of e_ri from fromYear to toYear, counted from founding years; null when not measurable. */
export const CompareGrowth = z.object({
  /** Firms of the cell founded in or before each year (only firms with a founding year count). */
  from: z.number().int().min(0),
  to: z.number().int().min(0),
  /** (to − from) / from. */
  rate: z.number(),
});

export const CompareCell = z.object({
  industry: CompareIndustryRef,
  /** e_ri: distinct firms of the industry inside the region. */
  firms: z.number().int().min(0),
  specialisation: CompareRating,
  sixOnes: CompareSixOnes,
  /** Null when fewer than minCount of the cell's firms have a founding year by fromYear (see `growth`). */
  growth: CompareGrowth.nullable(),
  /** Firms of the cell with a recorded founding year: how much of the cell the growth stands on. */
  firmsWithFoundingYear: z.number().int().min(0),
  coverage: CompareCoverage.optional(),
});
export type CompareCell = z.infer<typeof CompareCell>;

export const CompareRegionRow = z.object({
  region: CompareRegionRef,
  /** e_r: every firm inside the region, whatever its industry. */
  firms: z.number().int().min(0),
  /** The regions whose firms make e and e_i for this row's LQ and stars (its level's peers). */
  referenceLevel: z.string(),
  cells: z.array(CompareCell),
});
export type CompareRegionRow = z.infer<typeof CompareRegionRow>;

const Text = z.object({ zh: z.string(), en: z.string() });

/** GET /api/compare. */
export const CompareResponse = z.object({
  /** What e counts: 'firms' (Enterprise nodes) today; said in `measureNote`. */
  measure: Measure,
  measureNote: Text,
  /** The industry asked for, or null: then cells are the union of the compared regions' key industries. */
  industry: CompareIndustryRef.nullable(),
  /** Industries in the cells' order. */
  industries: z.array(CompareIndustryRef),
  /** Per level (city, county, province…): the peer regions every LQ of that level is computed over. */
  reference: z.array(z.object({ level: z.string(), regionIds: z.array(z.string()) })),
  thresholds: CompareSettings,
  growth: z.object({
    basis: z.literal('founding-year'),
    fromYear: z.number().int(),
    toYear: z.number().int(),
    /** False when no compared cell has a growth figure: only one year of data is available. */
    available: z.boolean(),
    note: Text,
  }),
  regions: z.array(CompareRegionRow),
});
export type CompareResponse = z.infer<typeof CompareResponse>;
