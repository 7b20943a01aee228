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
  'target-behind',
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
});
export type Gap = z.infer<typeof Gap>;

export const SlotStatus = z.enum(['filled', 'partial', 'not-recorded', 'confirmed-missing']);
export type SlotStatus = z.infer<typeof SlotStatus>;

export const MatrixCell = z.object({
  status: SlotStatus,
  holders: z.array(NodeRef),
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

export const TargetProgress = z.object({
  target: NodeRef.extend({ year: z.number(), value: z.number(), unit: z.string(), comparator: z.string() }),
  indicator: NodeRef,
  latest: z.object({ year: z.number(), value: z.number(), illustrative: z.boolean() }).nullable(),
  status: z.enum(['met', 'behind', 'no-data']),
});
export type TargetProgress = z.infer<typeof TargetProgress>;

export const GapSummary = z.object({
  industries: z.number().int(),
  averageScore: z.number(),
  gapsBySeverity: z.record(Severity, z.number().int()),
  gapsByRule: z.record(z.string(), z.number().int()),
  topGaps: z.array(Gap),
  targets: z.object({ met: z.number().int(), behind: z.number().int(), noData: z.number().int() }),
  /** Share of facts behind the findings that are illustrative: the UI warns when > 0. */
  illustrativeShare: z.number(),
});
export type GapSummary = z.infer<typeof GapSummary>;
