// Wire shapes shared by server and client: what the API sends for nodes, relationships and graphs.
import { z } from 'zod';
import { NodeLabelSchema } from './nodes';
import { RelationshipTypeSchema } from './relationships';

export const EntityDto = z.object({
  id: z.string(),
  label: NodeLabelSchema,
  nameZh: z.string(),
  nameEn: z.string(),
  /** Made-up demonstration data: the UI must flag it. */
  illustrative: z.boolean(),
  properties: z.record(z.string(), z.unknown()),
});
export type EntityDto = z.infer<typeof EntityDto>;

export const RelationshipDto = z.object({
  id: z.string(),
  type: RelationshipTypeSchema,
  from: z.string(),
  to: z.string(),
  illustrative: z.boolean(),
  properties: z.record(z.string(), z.unknown()),
});
export type RelationshipDto = z.infer<typeof RelationshipDto>;

export const CyNodeData = z
  .object({
    id: z.string(),
    label: z.string(),
    type: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    illustrative: z.boolean(),
  })
  .catchall(z.unknown());
export const CyEdgeData = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string(),
  illustrative: z.boolean(),
});
export const CyElement = z.discriminatedUnion('group', [
  z.object({ group: z.literal('nodes'), data: CyNodeData }),
  z.object({ group: z.literal('edges'), data: CyEdgeData }),
]);
export type CyElement = z.infer<typeof CyElement>;
export type CyNode = Extract<CyElement, { group: 'nodes' }>;
export type CyEdge = Extract<CyElement, { group: 'edges' }>;

export const Neighbourhood = z.object({
  center: z.string(),
  depth: z.number().int(),
  elements: z.array(CyElement),
  truncated: z.boolean(),
});
export type Neighbourhood = z.infer<typeof Neighbourhood>;

const PageInfo = z.object({ total: z.number().int(), offset: z.number().int(), limit: z.number().int() });

/** A page of a list endpoint. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), ...PageInfo.shape });
}
/** The type of any pageOf(item) answer, for an item type. */
export type Page<T> = z.infer<typeof PageInfo> & { items: T[] };

export const ApiErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    messageZh: z.string(),
    details: z.array(z.object({ field: z.string(), reason: z.string(), reasonZh: z.string() })),
  }),
});
/** Every error answer's body: what tests and the client read back. */
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
