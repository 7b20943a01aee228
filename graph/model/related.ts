// Wire shape of GET /api/related: what a region could grow into next (延链), from which industries regions
// specialise in together across the graph (proximity φ) and the region's own strengths (density). The
// formulas are in server/compare/relatedness.ts and the README ("Specialisation and relatedness").
import { z } from 'zod';
import { Measure } from './compare';
import { NodeRef } from './gaps';

export const RelatedSupport = z.object({
  /** An industry the region specialises in (LQ ≥ presenceLq). */
  industry: NodeRef,
  /** φ between it and the candidate, 0 < φ ≤ 1. */
  proximity: z.number(),
});
export type RelatedSupport = z.infer<typeof RelatedSupport>;

export const RelatedCandidate = z.object({
  industry: NodeRef,
  /** ω: the φ-weighted share of the candidate's related industries the region specialises in, 0–1. */
  density: z.number(),
  /** e for the region and this industry (firms, or the measure). */
  count: z.number(),
  /** The region's LQ in it, or null when the cell is too small to rate. */
  lq: z.number().nullable(),
  /** The region's related strengths, strongest φ first. */
  supports: z.array(RelatedSupport),
});
export type RelatedCandidate = z.infer<typeof RelatedCandidate>;

export const RelatedStrength = z.object({
  industry: NodeRef,
  count: z.number(),
  lq: z.number(),
});
export type RelatedStrength = z.infer<typeof RelatedStrength>;

export const RelatedView = z.object({
  region: NodeRef.extend({ kind: z.string().nullable() }),
  /** What the counts e count: firms, or a per-region × industry measurement. */
  measure: Measure,
  /** The other regions of the same kind that the co-location was computed over, with the region itself. */
  peers: z.array(NodeRef),
  /** Regions in the table: the region and its peers. */
  regionCount: z.number().int(),
  /**
   * Regions with at least one cell large enough to rate: only they can specialise, so only they inform φ
   * (a peer with no firms, or only a few, adds nothing).
   */
  ratedRegionCount: z.number().int(),
  /** Fewer rated regions than this make φ rest on too few co-occurrences to mean much. */
  minRegions: z.number().int(),
  /** ratedRegionCount < minRegions: read the densities as a sketch, not a finding. */
  fewRegions: z.boolean(),
  /** Industries compared (every industry in the table). */
  industryCount: z.number().int(),
  /** The thresholds in force: presence at LQ ≥ presenceLq, cells below minCount not rated. */
  presenceLq: z.number(),
  minCount: z.number(),
  /** The region's current strengths (M = 1), highest LQ first. */
  strengths: z.array(RelatedStrength),
  /** 延链 candidates, densest first (ties by id), at most `limit`. */
  candidates: z.array(RelatedCandidate),
  /** Candidates before the limit. */
  totalCandidates: z.number().int(),
});
export type RelatedView = z.infer<typeof RelatedView>;
