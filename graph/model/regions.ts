// Wire shape of GET /api/regions/:id/profile: one region as a county reads it — its coverage gaps (三(三)),
// its parks and their specialities, its firms by industry and chain link, its partners across the river.
// Any region answers: a city or province also lists the counties in it with their gap counts.
import { z } from 'zod';
import { Gap, NodeRef } from './gaps';
import { CHAIN_STAGES } from './nodes';
import { PartnerLink } from './partners';

export const RegionRef = NodeRef.extend({
  kind: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
});
export type RegionRef = z.infer<typeof RegionRef>;

/** The engine's two full-coverage facts for one county: the parks that meet each check (empty: a gap). */
export const CountyCoverage = z.object({
  region: NodeRef,
  coBuiltParks: z.array(NodeRef),
  highTechZones: z.array(NodeRef),
  /** Gaps lying in the county (coverage and its parks' speciality). */
  gapCount: z.number().int(),
});
export type CountyCoverage = z.infer<typeof CountyCoverage>;

export const RegionPark = z.object({
  park: NodeRef.extend({ kind: z.string().nullable() }),
  /** The region it is located in (the county, or one of its parts). */
  within: NodeRef.nullable(),
  specialities: z.array(NodeRef),
  /** Partner regions it is co-built with. */
  coBuiltWith: z.array(NodeRef),
});
export type RegionPark = z.infer<typeof RegionPark>;

export const LinkFirms = z.object({
  link: NodeRef.extend({ stage: z.enum(CHAIN_STAGES).nullable() }),
  /** Firms located in the region (directly or in one of its parks) covering the link, at most `firmLimit`. */
  firms: z.array(NodeRef),
  firmCount: z.number().int(),
});
export type LinkFirms = z.infer<typeof LinkFirms>;

export const IndustryFirms = z.object({
  industry: NodeRef,
  links: z.array(LinkFirms),
});
export type IndustryFirms = z.infer<typeof IndustryFirms>;

export const RegionProfile = z.object({
  region: RegionRef,
  /** The regions it is part of, nearest first. */
  within: z.array(NodeRef),
  /** Year the engine judges region validity in. */
  asOfYear: z.number().int(),
  /** True when the coverage rules assess this region itself (a county-level unit valid in asOfYear). */
  assessed: z.boolean(),
  /** The engine's gaps lying in the region: coverage and park speciality, most severe first. */
  gaps: z.array(Gap),
  /** Coverage of each assessed county in the region (the region itself when it is one). */
  counties: z.array(CountyCoverage),
  parks: z.array(RegionPark),
  /** Firms by industry, then link; stage order upstream to downstream. */
  firms: z.array(IndustryFirms),
  /** Firms in the region covering no chain link, at most `firmLimit`. */
  otherFirms: z.array(NodeRef),
  otherFirmCount: z.number().int(),
  firmLimit: z.number().int(),
  /**
   * PARTNERS_WITH from the region or anything located in it (`via`), and CO_BUILT_WITH from its parks;
   * `regionId` is the partner region the partner is or sits in, when it is one.
   */
  partners: z.array(PartnerLink),
  /** The partner regions (Shanghai, southern Jiangsu, …) that `regionId` names. */
  partnerRegions: z.array(NodeRef),
});
export type RegionProfile = z.infer<typeof RegionProfile>;
