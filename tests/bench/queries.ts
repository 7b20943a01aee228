// Cypher the bench runs itself. The load statements are the dataset loader's (server/datasets/
// load.ts): MERGE on the global id, label and type spliced only from the model's whitelists, rows as
// parameters. Everything the bench measures for reads is imported from the product's own modules.
import type { NodeLabel, RelationshipType } from '../../graph/model';

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

export const DELETE_BY_IDS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n`;

/** The knowledge graph only (import jobs and audit entries are not :Entity). */
export const COUNT_GRAPH = `
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
RETURN nodes, relationships`;

/** A write that touches nothing the product reads (no :Entity): it only moves the database on, as any edit would. */
export const TOUCH = `
MERGE (t:BenchTouch {id: 'bench'})
SET t.at = timestamp()`;
