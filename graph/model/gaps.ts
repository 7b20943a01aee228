// The gap engine's wire shapes, shared by server and client.
import { z } from 'zod';
import { CompareSettings } from './compare';
import { INDUSTRY_TIERS } from './nodes';
import { SixOnesSlot } from './sixOnes';

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

export const GAP_RULE_IDS = [
  'six-ones-plan',
  'six-ones-lead-firm',
  'six-ones-innovation-centre',
  'six-ones-alliance',
  'six-ones-fund',
  'six-ones-platform-set',
  'chain-missing-link', // 缺链
  'chain-break-risk', // 断链
  'chain-weak-link', // 弱链
  'innovation-uncovered-field',
  'partner-none',
  'region-no-co-built-park',
  'region-no-high-tech-zone',
  'park-speciality',
  'target-off-track',
  'target-no-data',
] as const;
export const GapRuleId = z.enum(GAP_RULE_IDS);
export type GapRuleId = z.infer<typeof GapRuleId>;

export const GapRuleInfo = z.object({
  id: GapRuleId,
  category: z.enum(['six-ones', 'chain', 'innovation', 'coverage', 'targets']),
  severity: Severity,
  titleZh: z.string(),
  titleEn: z.string(),
  explanationZh: z.string(),
  explanationEn: z.string(),
});
export type GapRuleInfo = z.infer<typeof GapRuleInfo>;

/** A node named in a gap, with enough to show and link it. */
export const NodeRef = z.object({
  id: z.string(),
  label: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  illustrative: z.boolean(),
  /** Industries only: the engine names an industry with its tier (a gap's subject, its evidence). */
  tier: z.enum(INDUSTRY_TIERS).optional(),
});
export type NodeRef = z.infer<typeof NodeRef>;

export const Suggestion = NodeRef.extend({
  regionId: z.string().nullable(),
  /** Higher is better; the reason says how it was reached. */
  score: z.number(),
  reasonZh: z.string(),
  reasonEn: z.string(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const Gap = z.object({
  /** Stable: rule id and subject id, so a bookmark or a briefing can point at it. */
  id: z.string(),
  ruleId: GapRuleId,
  severity: Severity,
  subject: NodeRef,
  /** The industry the gap belongs to, when it belongs to one. */
  industryId: z.string().nullable(),
  /** Ids of the nodes that show the gap (for highlighting and citing). */
  evidence: z.array(z.string()),
  explanationZh: z.string(),
  explanationEn: z.string(),
  suggestions: z.array(Suggestion),
  /** "Not recorded" (nothing in the data) is not "confirmed absent" (a user said so). */
  status: z.enum(['not-recorded', 'confirmed-missing']),
  /** The evidence nodes with names and provenance, subject first (the engine always fills this). */
  evidenceNodes: z.array(NodeRef).optional(),
  /** True when the gap rests on illustrative (made-up) data: its subject or some evidence is illustrative. */
  illustrative: z.boolean().optional(),
  /**
   * Regions the gap lies in: a county and the regions containing it; for industry and target gaps the
   * city (industries are analysed city-wide). The region filter of GET /api/gaps matches these.
   */
  regionIds: z.array(z.string()).optional(),
});
export type Gap = z.infer<typeof Gap>;

export const SlotStatus = z.enum(['filled', 'partial', 'not-recorded', 'confirmed-missing']);
export type SlotStatus = z.infer<typeof SlotStatus>;

export const MatrixCell = z.object({
  status: SlotStatus,
  /** `stale`: the holder rests on a fact past its freshness threshold (GET /api/gaps/matrix only). */
  holders: z.array(NodeRef.extend({ stale: z.boolean().optional() })),
  /** Platforms slot only: chain links no platform or institute covers (why a set is partial). */
  uncoveredLinks: z.array(NodeRef).optional(),
});
export type MatrixCell = z.infer<typeof MatrixCell>;

export const ScorePart = z.object({
  key: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  weight: z.number(),
  /** 0..1: how much of this part is met. */
  fraction: z.number(),
  points: z.number(),
  /** How the fraction was reached, e.g. "4/6 个环节有本地企业". */
  detailZh: z.string().optional(),
  detailEn: z.string().optional(),
});
export const IndustryScore = z.object({ total: z.number(), parts: z.array(ScorePart) });
export type IndustryScore = z.infer<typeof IndustryScore>;

export const MatrixRow = z.object({
  industry: NodeRef.extend({ tier: z.enum(INDUSTRY_TIERS) }),
  cells: z.record(SixOnesSlot, MatrixCell),
  score: IndustryScore,
  gapCount: z.number().int(),
});
export type MatrixRow = z.infer<typeof MatrixRow>;

export const GapMatrix = z.object({ rows: z.array(MatrixRow), slots: z.array(SixOnesSlot) });
export type GapMatrix = z.infer<typeof GapMatrix>;

/** Targets by status (graph/model/targets.ts says what each means). */
export const TargetCounts = z.object({
  met: z.number().int(),
  onTrack: z.number().int(),
  offTrack: z.number().int(),
  noData: z.number().int(),
  qualitative: z.number().int(),
});
export type TargetCounts = z.infer<typeof TargetCounts>;

export const GapSummary = z.object({
  industries: z.number().int(),
  averageScore: z.number(),
  gapsBySeverity: z.record(Severity, z.number().int()),
  gapsByRule: z.record(z.string(), z.number().int()),
  topGaps: z.array(Gap),
  targets: TargetCounts,
  /** Share of facts behind the findings that are illustrative: the UI warns when > 0. */
  illustrativeShare: z.number(),
});
export type GapSummary = z.infer<typeof GapSummary>;

/** Shown beside any gap finding: absence in the graph may be absence in the data. */
export const DATA_GAP_NOTICE = {
  zh: '图谱中的缺口也可能只是数据缺口：未记录不等于确实没有。标为“示例数据”的内容为虚构，仅用于演示。',
  en: 'A gap in the graph can be a gap in the data: not recorded is not the same as absent. Items marked illustrative are made up for demonstration.',
} as const;

/** GET /api/gaps and GET /api/industries/{id}/gaps list. */
export const GapList = z.object({
  items: z.array(Gap),
  total: z.number().int(),
  /** The year region validity was judged at. */
  asOfYear: z.number().int(),
  notice: z.object({ zh: z.string(), en: z.string() }),
});
export type GapList = z.infer<typeof GapList>;

export const SCORE_PART_KEYS = [
  'plan',
  'leadFirm',
  'innovationCentre',
  'alliance',
  'fund',
  'platforms',
  'chainCoverage',
  'chainStrength',
  'innovation',
  'partner',
] as const;
export const ScorePartKey = z.enum(SCORE_PART_KEYS);
export type ScorePartKey = z.infer<typeof ScorePartKey>;

/** Weights and thresholds of the gap engine (server/gaps/gaps.config.json), reported by the API. */
export const GapConfig = z
  .object({
    $comment: z.string().optional(),
    /** Region id of the home city: "local" means located in it or in a region PART_OF it. */
    cityId: z.string().min(1),
    /** Partner regions across the river; their parts count too. */
    partnerRegionIds: z.array(z.string().min(1)).min(1),
    /** Year at which region validity (validFrom/validTo) is judged; null = the current year. */
    asOfYear: z.number().int().min(1949).max(2100).nullable(),
    /** Region kinds that count as a county-level unit for the coverage rules. */
    countyKinds: z.array(z.enum(['county', 'county-level-city', 'district'])).min(1),
    sixOnes: z
      .object({
        /** Industry tiers subject to 六个一 (and to every industry rule). */
        tiers: z.array(z.enum(INDUSTRY_TIERS)).min(1),
        /** Subsectors are never rows: 'roll-up' counts their holders for the parent, 'exclude' ignores them. */
        subsectors: z.enum(['roll-up', 'exclude']),
        /** "A set" of public technology service platforms: at least this many. */
        minPlatforms: z.number().int().min(1),
        /** …and every chain link covered by a platform or an institute. */
        requireEveryLinkCovered: z.boolean(),
      })
      .strict(),
    chain: z
      .object({
        /** A link served by fewer firms than this (local and outside together) is at risk of breaking. */
        minFirms: z.number().int().min(1),
      })
      .strict(),
    innovation: z
      .object({
        /** Labels whose local nodes count as working on a technology field when they RESEARCH it. */
        researcherLabels: z.array(z.enum(['Institute', 'Platform', 'InnovationCentre'])).min(1),
      })
      .strict(),
    parks: z.object({ maxSpecialities: z.number().int().min(1) }).strict(),
    targets: z
      .object({
        /** '~' targets count as met within this relative distance (0.1 = ±10%). */
        approxTolerance: z.number().min(0).max(1),
      })
      .strict(),
    suggestions: z
      .object({
        /** Candidates listed per gap. */
        max: z.number().int().min(0).max(50),
        /** Also suggest partner-region technology-transfer platforms that do not research the field (as brokers). */
        includeTransferPlatforms: z.boolean(),
        points: z
          .object({
            researchesField: z.number().min(0),
            partnersWithCity: z.number().min(0),
            transferPlatform: z.number().min(0),
            perOtherNeededField: z.number().min(0),
            perLinkNeeding: z.number().min(0),
          })
          .strict(),
      })
      .strict(),
    summary: z.object({ topGaps: z.number().int().min(0).max(100) }).strict(),
    /** Severity per rule, overriding the rule's default. */
    severities: z.partialRecord(GapRuleId, Severity),
    /** Points per score part; the total is scaled to 0..100 whatever they add up to. */
    scoreWeights: z.record(ScorePartKey, z.number().min(0)),
    /**
     * Thresholds of GET /api/compare (documented field by field on CompareConfigSchema and CompareSettings
     * in ./compare.ts): minCount (size floor below which a cell is "too small to rate"), specialisationLq
     * (LQ for the specialisation star), sizeTopShare and sizePool (size star: top share of cells, per
     * industry or pooled), focusTopShare (focus star), presenceLq (LQ at which a region "has" an industry,
     * for relatedness), growthYears (years the growth figure spans). Absent: every default.
     */
    compare: CompareSettings.optional(),
  })
  .strict();
export type GapConfig = z.infer<typeof GapConfig>;

/** GET /api/gaps/rules: every rule with the severity in force, and the configuration used. */
export const GapRulesResponse = z.object({
  rules: z.array(GapRuleInfo),
  config: GapConfig,
  /** Where the configuration was read from. */
  configSource: z.string(),
  asOfYear: z.number().int(),
});
export type GapRulesResponse = z.infer<typeof GapRulesResponse>;

/** GET /api/industries/{id}/gaps. */
export const IndustryGaps = z.object({
  industry: NodeRef.extend({ tier: z.enum(INDUSTRY_TIERS) }),
  /**
   * The key industry whose analysis covers this one: itself, or the industry it is a subsector of
   * (subsectors roll up into their parent); null when its tier is not analysed.
   */
  analysedAs: z.string().nullable(),
  row: MatrixRow.nullable(),
  gaps: z.array(Gap),
  notice: z.object({ zh: z.string(), en: z.string() }),
});
export type IndustryGaps = z.infer<typeof IndustryGaps>;
