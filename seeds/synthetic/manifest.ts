// What the generator says about what it built: counts per label and type, the gaps it planted per
// rule (what the gap engine must find, exactly), and ids the bench measures with.
import { z } from 'zod';
import { GAP_RULE_IDS, GapRuleId, NodeLabelSchema, RelationshipTypeSchema } from '../../graph/model';
import { SyntheticParams } from './params';

export const Manifest = z.object({
  generator: z.literal('innochain-synthetic'),
  version: z.literal(1),
  params: SyntheticParams,
  nodes: z.partialRecord(NodeLabelSchema, z.number().int()),
  relationships: z.partialRecord(RelationshipTypeSchema, z.number().int()),
  totalNodes: z.number().int(),
  totalRelationships: z.number().int(),
  /** Gaps planted per rule: the engine, configured by the generated gap configuration, finds exactly these. */
  plantedGaps: z.record(GapRuleId, z.number().int().min(0)),
  ids: z.object({
    province: z.string(),
    partnerRegions: z.array(z.string()),
    /** Industries built to a chain-view size: id and the element count aimed at. */
    showcase: z.array(z.object({ industryId: z.string(), targetElements: z.number().int() })),
    /** An ordinary industry (typical size, not a showcase) for the one-industry measurements. */
    sampleIndustry: z.string(),
    /** A chain link of that industry, centre of the neighbourhood measurements. */
    sampleLink: z.string(),
    /** A place (county) firms are located in, for the import sample. */
    sampleCounty: z.string(),
    /** The cities, in order (syn-c01 …; names in cities.ts). */
    cities: z.array(z.string()),
    /** The ordinary industry key in the most cities, for comparing every city on one industry. */
    compareIndustry: z.string(),
  }),
  /** A name fragment that many nodes share, for the search measurement. */
  searchTerm: z.string(),
});
export type Manifest = z.infer<typeof Manifest>;

export function emptyGapCounts(): Record<GapRuleId, number> {
  return Object.fromEntries(GAP_RULE_IDS.map((id) => [id, 0])) as Record<GapRuleId, number>;
}
