// Request and row schemas of GET /api/regions/:id/profile. Rows are checked as they are read.
import { z } from 'zod';
import { NodeRef, Slug } from '../../graph/model';
import { MapMeasure } from '../../graph/model/regionMap';
import { LinkFirms, RegionPark, RegionRef } from '../../graph/model/regions';

export const RegionParams = z.object({ id: Slug.describe('Region id, e.g. haian-city / 地区编号') });
export type RegionParams = z.infer<typeof RegionParams>;

export const NoQuery = z.object({}).strict();

/** GET /api/regions/:id/map: the measure the map is coloured by, and the industry of an LQ (or of a firm count). */
export const MapQuery = z
  .object({
    measure: MapMeasure.default('score').describe('What colours the map: score, gaps, lq (needs industry) or firms / 着色依据'),
    industry: Slug.optional().describe('Industry id for lq (required) and firms (optional) / 产业编号'),
  })
  .strict();
export type MapQuery = z.infer<typeof MapQuery>;

export const HeadRow = z.object({ region: RegionRef, within: z.array(NodeRef), partnerRegions: z.array(NodeRef) });
export const ParkRow = RegionPark;
export const LinkFirmsRow = z.object({
  industry: NodeRef,
  link: LinkFirms.shape.link,
  linkOrder: z.number().nullable(),
  firmCount: z.number().int(),
  firms: z.array(NodeRef),
});
export const OtherFirmsRow = z.object({ firmCount: z.number().int(), firms: z.array(NodeRef) });
