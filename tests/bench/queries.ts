// Cypher the bench runs itself. The load statements are the dataset loader's own (server/datasets/
// queries.ts), so the bench loads exactly as the product does; everything it measures for reads is
// imported from the product's modules too.

export { mergeNodes, mergeRelationships } from '../../server/datasets/queries';

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
