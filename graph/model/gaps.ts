// The gap engine's wire shapes, shared by server and client.
import { z } from 'zod';
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

/**
 * What a candidate is offered for:
 * - `covers-link`: an enterprise outside the scope covering the chain link of a 缺链, 断链 or 弱链 gap
 *   (a firm to attract or source from: 补链招商);
 * - `supports-link`: a platform, institute or innovation centre outside the scope covering the link of a
 *   弱链 gap (support the local firms lack);
 * - `researches-field`: an organisation in a partner region researching a needed technology field
 *   (innovation-uncovered-field, partner-none).
 */
export const SUGGESTION_KINDS = ['covers-link', 'supports-link', 'researches-field'] as const;
export const SuggestionKind = z.enum(SUGGESTION_KINDS);
export type SuggestionKind = z.infer<typeof SuggestionKind>;

/**
 * The parts of a candidate's score (推荐理由), each worth the points the gap configuration gives it
 * (`suggestions.points`, documented there and in README "Recommendations"):
 * coversLink / supportsLink: it covers the gap's link; evidence: how that coverage is known (the COVERS
 * relationship's sourceKind: a document or public source above domain inference); tags: 专精特新,
 * 单项冠军 and the other recognitions it holds; listed: a listed company; highTech: a high-tech
 * enterprise; partnerRegion: it lies in a partner region (Shanghai, 苏南); ties: it already partners with
 * the scope; coBuiltPark: it sits in a park co-built with the scope; relatedness: how related the industry is to the scope's
 * strengths; researchesField, otherNeededFields, linksNeeding, transferPlatform: the technology-field
 * parts (a field the gap needs, other fields the industry needs, links needing it, a transfer platform).
 */
export const SUGGESTION_REASON_KEYS = [
  'coversLink',
  'supportsLink',
  'researchesField',
  'otherNeededFields',
  'linksNeeding',
  'evidence',
  'tags',
  'listed',
  'highTech',
  'transferPlatform',
  'partnerRegion',
  'ties',
  'coBuiltPark',
  'relatedness',
] as const;
export const SuggestionReasonKey = z.enum(SUGGESTION_REASON_KEYS);
export type SuggestionReasonKey = z.infer<typeof SuggestionReasonKey>;

/** One part of a candidate's score, in words and points. */
export const SuggestionReason = z.object({ key: SuggestionReasonKey, zh: z.string(), en: z.string(), points: z.number() });
export type SuggestionReason = z.infer<typeof SuggestionReason>;

/** A named candidate to fill a gap, with the score that ranks it and the parts it is made of. */
export const Suggestion = NodeRef.extend({
  kind: SuggestionKind,
  /** The partner region it lies in; null when it lies in none (a candidate from anywhere in the graph). */
  regionId: z.string().nullable(),
  /** Where it is located (its nearest region), for display; null when no location is recorded. */
  place: z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string() }).nullable(),
  /** Higher is better: the sum of `reasons`' points. */
  score: z.number(),
  /** The score's parts (推荐理由), in the order of SUGGESTION_REASON_KEYS. */
  reasons: z.array(SuggestionReason),
  /** The reasons as one line, with points and the total ("…+3；…+2（共 5 分）"). */
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
  /** Named candidates to fill the gap, best first (chain-link and technology-field gaps). */
  suggestions: z.array(Suggestion),
  /**
   * Present when the gap wants candidates and the graph holds none: which data would produce one (e.g.
   * "no organisation in the graph covers 多晶硅; import the firms of partner regions for that link").
   * Never a generic fallback.
   */
  missingData: z.object({ zh: z.string(), en: z.string() }).optional(),
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
