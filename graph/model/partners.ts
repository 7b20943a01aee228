// Wire shape of GET /api/partners: Nantong's links with Shanghai and southern Jiangsu (跨江融合),
// per partner region and per industry, with the gap engine's candidates where an industry has none.
import { z } from 'zod';
import { Gap, NodeRef, Suggestion } from './gaps';
import { INDUSTRY_TIERS } from './nodes';

/** A fact behind a partnership, with its provenance. */
export const PartnerLink = z.object({
  node: NodeRef,
  /** Who in Nantong holds the link (the industry itself, a firm, an institute, a park…). */
  via: NodeRef.nullable(),
  /** PARTNERS_WITH, CO_BUILT_WITH or LOCATED_IN. */
  relation: z.string(),
  /** The partner region the partner sits in. */
  regionId: z.string().nullable(),
  illustrative: z.boolean(),
  sourceKind: z.string().nullable(),
  sourceRef: z.string().nullable(),
});
export type PartnerLink = z.infer<typeof PartnerLink>;

export const PartnerRegionView = z.object({
  region: NodeRef,
  /** Nantong (or its parts) partnering with the region itself. */
  cityLinks: z.array(PartnerLink),
  /** Parks co-built with the region, each with the Nantong region it sits in as `via`. */
  coBuiltParks: z.array(PartnerLink),
  /** Organisations located in the region that a Nantong node partners with (`via`). */
  partnerOrganisations: z.array(PartnerLink),
});
export type PartnerRegionView = z.infer<typeof PartnerRegionView>;

export const IndustryPartnersView = z.object({
  industry: NodeRef.extend({ tier: z.enum(INDUSTRY_TIERS) }),
  /** Partners in a partner region of the industry or of local organisations leading, serving or covering it. */
  partners: z.array(PartnerLink),
  /** Parks specialising in the industry that are co-built with a partner region. */
  coBuiltParks: z.array(PartnerLink),
  /** The gap engine's partner-none gap, when the industry has no partner. */
  gap: Gap.nullable(),
  /** Candidate partners suggested by the gap engine (empty when the industry has partners). */
  candidates: z.array(Suggestion),
  /**
   * The industry's chain-link gaps (缺链, 断链, 弱链), most severe first, each with its named candidates
   * and their reasons, or `missingData` saying which data would produce one (补链招商).
   */
  chainGaps: z.array(Gap),
});
export type IndustryPartnersView = z.infer<typeof IndustryPartnersView>;

export const PartnersView = z.object({
  regions: z.array(PartnerRegionView),
  industries: z.array(IndustryPartnersView),
  /** Counties and districts without a co-built park (全覆盖, 三(三)). */
  countiesWithout: z.array(Gap),
});
export type PartnersView = z.infer<typeof PartnersView>;
