// Wire shape of one industry's chain view (GET /api/industries/:id/chain), shared by server and client.
// Elements are Cytoscape elements; the node data below says what each kind of node carries.
import { z } from 'zod';
import { CyEdgeData, CyNodeData } from './api';
import { Gap, IndustryScore, NodeRef, Severity, type GapRuleId } from './gaps';
import { CHAIN_STAGES, INDUSTRY_TIERS } from './nodes';
import { SixOnesSlot } from './sixOnes';

/**
 * What a node is doing in the chain view:
 * industry (the centre), link (a 环节), holder (fills a 六个一 slot or otherwise serves the industry),
 * ghost (a missing 六个一 slot), member (an organisation covering a link), more (members not shown),
 * partner (a cross-river or other partner), park (a park specialising in the industry), region (a partner region).
 */
export const CHAIN_ROLES = ['industry', 'link', 'holder', 'ghost', 'member', 'more', 'partner', 'park', 'region'] as const;
export const ChainRole = z.enum(CHAIN_ROLES);
export type ChainRole = z.infer<typeof ChainRole>;

/** Organisations covering one link, counted whether or not they are shown. */
export const LinkCounts = z.object({
  firms: z.number().int(),
  /** Firms located in the home city (through a region or park inside it). */
  localFirms: z.number().int(),
  platforms: z.number().int(),
  institutes: z.number().int(),
  centres: z.number().int(),
});
export type LinkCounts = z.infer<typeof LinkCounts>;

export const ChainNodeData = CyNodeData.extend({
  role: ChainRole,
  sourceKind: z.string().optional(),
  sourceRef: z.string().optional(),
  /** Rule ids of the gaps this element shows, and the highest of their severities. */
  gapRules: z.array(z.string()),
  gapSeverity: Severity.nullable(),
  // links
  stage: z.enum(CHAIN_STAGES).optional(),
  order: z.number().optional(),
  counts: LinkCounts.optional(),
  memberTotal: z.number().int().optional(),
  membersShown: z.number().int().optional(),
  expanded: z.boolean().optional(),
  // holders: the 六个一 slots this node fills (an institute serving the industry fills none)
  slots: z.array(SixOnesSlot).optional(),
  // ghosts
  ghost: z.boolean().optional(),
  slot: SixOnesSlot.optional(),
  status: z.enum(['not-recorded', 'confirmed-missing']).optional(),
  // members and "more" nodes: the link they are drawn beside
  linkId: z.string().optional(),
  local: z.boolean().optional(),
  hidden: z.number().int().optional(),
});
export type ChainNodeData = z.infer<typeof ChainNodeData>;

export const ChainEdgeData = CyEdgeData.extend({
  /** Synthetic edges (ghost slots, "more" nodes) are not relationships in the graph. */
  synthetic: z.boolean().optional(),
});
export type ChainEdgeData = z.infer<typeof ChainEdgeData>;

export const ChainElement = z.discriminatedUnion('group', [
  z.object({ group: z.literal('nodes'), data: ChainNodeData }),
  z.object({ group: z.literal('edges'), data: ChainEdgeData }),
]);
export type ChainElement = z.infer<typeof ChainElement>;

export const ChainView = z.object({
  industry: NodeRef.extend({ tier: z.enum(INDUSTRY_TIERS) }),
  /** Links whose members are all shown. */
  expanded: z.array(z.string()),
  /** How many members an aggregated link shows. */
  memberLimit: z.number().int(),
  /** True when even an expanded view was capped (the counts stay exact). */
  truncated: z.boolean(),
  elements: z.array(ChainElement),
  /**
   * The industry whose 六个一 analysis covers this one: itself, the industry it is a subsector of, or
   * null when its tier is not analysed (then no slot is marked missing).
   */
  analysedAs: NodeRef.nullable(),
  /** The gap engine's score of the analysed industry (0–100), when analysed. */
  score: IndustryScore.nullable(),
  /** The industry's gaps (from the gap engine), for the legend and the detail panel. */
  gaps: z.array(Gap),
  /** Whether any element shown is illustrative (made-up) data. */
  illustrative: z.boolean(),
});
export type ChainView = z.infer<typeof ChainView>;

/** The gap rule that reports each missing 六个一 slot. */
export const SLOT_RULES = {
  plan: 'six-ones-plan',
  leadFirm: 'six-ones-lead-firm',
  innovationCentre: 'six-ones-innovation-centre',
  alliance: 'six-ones-alliance',
  fund: 'six-ones-fund',
  platforms: 'six-ones-platform-set',
} as const satisfies Record<SixOnesSlot, GapRuleId>;
