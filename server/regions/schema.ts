// Request and row schemas of GET /api/regions/:id/profile. Rows are checked as they are read.
import { z } from 'zod';
import { NodeRef, Slug } from '../../graph/model';
import { LinkFirms, RegionPark, RegionRef } from '../../graph/model/regions';

export const RegionParams = z.object({ id: Slug.describe('Region id, e.g. haian-city / 地区编号') });
export type RegionParams = z.infer<typeof RegionParams>;

export const NoQuery = z.object({}).strict();

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
