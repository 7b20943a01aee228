// Cypher of dataset loading. Labels and relationship types are spliced only from the model's whitelist
// (callers loop over NODE_LABELS and RELATIONSHIP_TYPES); every value is a parameter.
import type { NodeLabel, RelationshipType } from '../../graph/model';

/** MERGE on id, so loading the same dataset twice changes nothing. */
export const mergeNodes = (label: NodeLabel) => `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.version = 1
SET n:${label}, n += row`;

export const mergeRelationships = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type}]->(b)
SET r += row.props`;

/** The labels of the given ids that already exist, to keep every id on its label. */
export const EXISTING_LABELS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, labels(n) AS labels`;

export const GRAPH_IS_EMPTY = 'MATCH (n:Entity) RETURN count(n) = 0 AS empty';

/** Whether any node of the graph was loaded from dataset $id. */
export const HOLDS_DATASET = 'RETURN EXISTS { MATCH (n:Entity) WHERE n.dataset = $id } AS held';
