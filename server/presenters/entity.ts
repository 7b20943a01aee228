// Maps Neo4j records to API shapes. Driver objects never leave this module.
import type { Node, Relationship } from 'neo4j-driver';
import { NODE_LABELS, type EntityDto, type NodeLabel, type RelationshipDto, type RelationshipType } from '../../graph/model';

export type { EntityDto, RelationshipDto };

const LABEL_SET = new Set<string>(NODE_LABELS);

export function primaryLabel(labels: readonly string[]): NodeLabel {
  const label = labels.find((l) => LABEL_SET.has(l));
  if (!label) throw new Error(`node without a model label: ${labels.join(',')}`);
  return label as NodeLabel;
}

export function presentNode(node: Node): EntityDto {
  const properties = plain(node.properties);
  return {
    id: String(properties.id),
    label: primaryLabel(node.labels),
    nameZh: String(properties.nameZh ?? properties.id),
    // Organisations named only in Chinese have no English name: English readers see the Chinese one.
    nameEn: String(properties.nameEn ?? properties.nameZh ?? properties.id),
    illustrative: properties.sourceKind === 'illustrative',
    properties,
  };
}

/** Relationships need their end ids, which the caller returns alongside (elementIds are not our ids). */
export function presentRelationship(rel: Relationship, from: string, to: string): RelationshipDto {
  const properties = plain(rel.properties);
  return {
    id: `${from}|${rel.type}|${to}`,
    type: rel.type as RelationshipType,
    from,
    to,
    illustrative: properties.sourceKind === 'illustrative',
    properties,
  };
}

/** Driver values to JSON-safe values (temporal types become ISO strings). */
function plain(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    out[key] = toJsonValue(value);
  }
  return out;
}

function toJsonValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toJsonValue);
  // Neo4j temporal and spatial values print themselves in ISO / WKT form.
  return (value as { toString(): string }).toString();
}
