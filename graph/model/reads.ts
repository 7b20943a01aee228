// Wire shapes of the read API's entity details and search, shared by server and client.
import { z } from 'zod';
import { EntityDto, RelationshipDto } from './api';
import { SourceKind } from './common';
import { NodeRef } from './gaps';

/** One relationship of an entity, seen from that entity, with its far end and provenance. */
export const RelatedEdge = RelationshipDto.extend({
  direction: z.enum(['out', 'in']),
  other: NodeRef,
  sourceKind: SourceKind.nullable(),
  sourceRef: z.string().nullable(),
});
export type RelatedEdge = z.infer<typeof RelatedEdge>;

export const EntityDetail = z.object({
  entity: EntityDto,
  /** Both directions, ordered by type, direction and the other end's id. */
  relationships: z.array(RelatedEdge),
  relationshipCount: z.number().int(),
  truncated: z.boolean(),
});
export type EntityDetail = z.infer<typeof EntityDetail>;

export const SearchHit = NodeRef.extend({
  /** Full-text relevance; substring matches (the fallback) score 0 and come after. */
  score: z.number(),
  match: z.enum(['fulltext', 'substring']),
  /** The industry chain to open: a chain link's industry, or the industry itself. */
  industryId: z.string().nullable(),
  /** Industries the node belongs to or serves (same rules as the lists' `industry` filter). */
  industries: z.array(NodeRef),
  /** Other names the node is known by (又称), shown beside a hit found by one of them. */
  aliases: z.array(z.string()),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({
  q: z.string(),
  items: z.array(SearchHit),
});
export type SearchResult = z.infer<typeof SearchResult>;
