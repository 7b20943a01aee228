// Wire shape of GET /api/regions/:id/map: every child region (the counties of a city, the cities of a
// province) with the measures a tile map is coloured by — the gap engine's average 六个一 score and gap
// count for that child as the scope, its firms, and the location quotient of one industry among the
// children — so the map, its measure switch and a county's comparison with its siblings need one request.
import { z } from 'zod';
import { NodeRef } from './gaps';

export const MAP_MEASURES = ['score', 'gaps', 'lq', 'firms'] as const;
export const MapMeasure = z.enum(MAP_MEASURES);
export type MapMeasure = z.infer<typeof MapMeasure>;

/** Why a child has no value: nothing to rate (no analysed industry, no firms), or a count under the size floor. */
export const MapValueStatus = z.enum(['rated', 'no-data', 'too-small']);
export type MapValueStatus = z.infer<typeof MapValueStatus>;

export const MapValue = z.object({
  status: MapValueStatus,
  /** Null unless rated. */
  value: z.number().nullable(),
});
export type MapValue = z.infer<typeof MapValue>;

export const MapChild = z.object({
  region: NodeRef.extend({ kind: z.string().nullable() }),
  /** Industries the engine analysed for it (its key industries, or its city's). */
  industries: z.number().int(),
  score: MapValue,
  gaps: MapValue,
  /** Firms located in it: of the chosen industry (covering one of its links) when one is chosen, else all. */
  firms: MapValue,
  /** LQ of the chosen industry among the children; no-data when none is chosen. */
  lq: MapValue,
  /** The chosen measure's value, repeated for the map. */
  value: MapValue,
});
export type MapChild = z.infer<typeof MapChild>;

export const RegionMap = z.object({
  region: NodeRef.extend({ kind: z.string().nullable() }),
  measure: MapMeasure,
  industry: NodeRef.nullable(),
  /** Industries an LQ can be asked for: those with a firm in one of the children. */
  industries: z.array(NodeRef),
  /** What the LQ and firm counts count. */
  basis: z.literal('firms'),
  /** Fewest firms of the industry a child needs for an LQ (below: too-small). */
  minCount: z.number(),
  /** Year region validity is judged in (merged counties are left out). */
  asOfYear: z.number().int(),
  children: z.array(MapChild),
  /** The most children one request rates; more are left out and `truncated` says so. */
  childLimit: z.number().int(),
  truncated: z.boolean(),
});
export type RegionMap = z.infer<typeof RegionMap>;
