// Records of the entity read API to wire shapes (driver objects stop here).
import type { Node, Record as Neo4jRecord, Relationship } from 'neo4j-driver';
import { SourceKind, type EntityDto, type NodeRef } from '../../graph/model';
import { presentNode, presentRelationship } from '../presenters/entity';
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

interface EdgeValue {
  rel: Relationship;
  outgoing: boolean;
  other: Node;
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

/** A record of ENTITY_DETAIL. */
export function presentDetail(record: Neo4jRecord, relationshipLimit: number): EntityDetail {
  const entity = presentNode(record.get('node') as Node);
  const edges = record.get('edges') as EdgeValue[];
  const relationshipCount = record.get('relationshipCount') as number;
  return {
    entity,
    relationships: edges.map((edge) => presentEdge(entity.id, edge)),
    relationshipCount,
    truncated: relationshipCount > relationshipLimit,
  };
}
