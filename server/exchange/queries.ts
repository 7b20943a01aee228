// Cypher of whole-graph export and import. Only :Entity nodes (the knowledge graph) are exported or
// replaced, so anything else the application stores (accounts, settings) is left alone.
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../graph/model';

export const EXPORT_NODES = `
MATCH (n:Entity)
RETURN n AS node
ORDER BY n.id`;

export const EXPORT_RELATIONSHIPS = `
MATCH (a:Entity)-[r]->(b:Entity)
RETURN r AS rel, a.id AS from, b.id AS to
ORDER BY type(r), from, to`;

export const ALL_ENTITY_IDS = `
MATCH (n:Entity)
RETURN collect(n.id) AS ids`;

export const DELETE_ENTITIES = `
MATCH (n:Entity)
DETACH DELETE n`;

const createNodes = (label: NodeLabel) => `
UNWIND $rows AS row
CREATE (n:Entity:${label})
SET n = row, n.version = coalesce(row.version, 1)`;

const createRelationships = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.properties`;

export const CREATE_NODES = Object.fromEntries(NODE_LABELS.map((l) => [l, createNodes(l)])) as Record<NodeLabel, string>;
export const CREATE_RELATIONSHIPS = Object.fromEntries(
  RELATIONSHIP_TYPES.map((t) => [t, createRelationships(t)]),
) as Record<RelationshipType, string>;
