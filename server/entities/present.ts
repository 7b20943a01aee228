// Records of the entity read API to wire shapes (driver objects stop here). Each query's record is
// checked against its row schema below: a mismatch is a query and its reader disagreeing, a server error.
import type { Node, QueryResult } from 'neo4j-driver';
import { z } from 'zod';
import { SourceKind, type EntityDto, type NodeRef } from '../../graph/model';
import { presentNode, presentRelationship } from '../presenters/entity';
import { DriverNode, DriverRelationship, Labels, readFirst } from '../presenters/rows';
import type { EntityDetail, RelatedEdge } from './schema';

export function toNodeRef(entity: EntityDto): NodeRef {
  return {
    id: entity.id,
    label: entity.label,
    nameZh: entity.nameZh,
    nameEn: entity.nameEn,
    illustrative: entity.illustrative,
  };
}

export function presentNodeRef(node: Node): NodeRef {
  return toNodeRef(presentNode(node));
}

/** A row of ENTITY_HAS_LABEL. */
export const HasLabelRow = z.object({ exists: z.boolean(), hasLabel: z.boolean() });

/** The row of a list query (listEntitiesQuery): always one, the aggregate of the matches. */
const ListRow = z.object({ total: z.number(), items: z.array(DriverNode) });

const EdgeValue = z.object({ rel: DriverRelationship, outgoing: z.boolean(), other: DriverNode });
type EdgeValue = z.infer<typeof EdgeValue>;

/** The row of ENTITY_DETAIL; none when there is no entity of that id. */
const DetailRow = z.object({ node: DriverNode, labels: Labels, relationshipCount: z.number(), edges: z.array(EdgeValue) });
export type DetailRow = z.infer<typeof DetailRow>;

export function readDetail(result: QueryResult): DetailRow | undefined {
  return readFirst(result, DetailRow);
}

/** One page of a list query; no row reads as an empty page. */
export function presentList(result: QueryResult): { items: EntityDto[]; total: number } {
  const row = readFirst(result, ListRow);
  return { items: (row?.items ?? []).map(presentNode), total: row?.total ?? 0 };
}

function presentEdge(self: string, edge: EdgeValue): RelatedEdge {
  const other = presentNodeRef(edge.other);
  const dto = edge.outgoing
    ? presentRelationship(edge.rel, self, other.id)
    : presentRelationship(edge.rel, other.id, self);
  const sourceKind = SourceKind.safeParse(dto.properties.sourceKind);
  const sourceRef = dto.properties.sourceRef;
  return {
    ...dto,
    direction: edge.outgoing ? 'out' : 'in',
    other,
    sourceKind: sourceKind.success ? sourceKind.data : null,
    sourceRef: typeof sourceRef === 'string' ? sourceRef : null,
  };
}

export function presentDetail(row: DetailRow, relationshipLimit: number): EntityDetail {
  const entity = presentNode(row.node);
  const { relationshipCount } = row;
  return {
    entity,
    relationships: row.edges.map((edge) => presentEdge(entity.id, edge)),
    relationshipCount,
    truncated: relationshipCount > relationshipLimit,
  };
}
