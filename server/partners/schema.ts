import { z } from 'zod';
import { INDUSTRY_TIERS, NodeRef } from '../../graph/model';
import { PartnerLink } from '../../graph/model/partners';
import { RegionScope } from '../gaps/scope';

export const PartnersQuery = z.object({ region: RegionScope }).strict();

/** Rows of the partner queries, checked before they become the wire shape. */
export const IndustryPartnersRow = z.object({
  industry: NodeRef,
  tier: z.enum(INDUSTRY_TIERS),
  partners: z.array(PartnerLink),
  parks: z.array(PartnerLink),
});

export const PartnerRegionRow = z.object({
  region: NodeRef,
  cityLinks: z.array(PartnerLink),
  coBuiltParks: z.array(PartnerLink),
  partnerOrganisations: z.array(PartnerLink),
});
