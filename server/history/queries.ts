// Cypher of the history store. Labels and relationship types are spliced only from the model's
// whitelists; every value is a parameter.
import type { NodeLabel, RelationshipType } from '../../graph/model';

/** Nodes by id, with their one domain label. */
export const SNAPSHOT_NODES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props`;

/** Every relationship of these nodes (of the given types, or all when $types is null). */
export const SNAPSHOT_RELATIONSHIPS_OF = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN DISTINCT startNode(r).id AS from, type(r) AS type, endNode(r).id AS to, properties(r) AS props`;

/** Relationships by their ends and type. */
export const SNAPSHOT_RELATIONSHIPS = `
UNWIND $keys AS key
MATCH (a:Entity {id: key.from})-[r]->(b:Entity {id: key.to})
WHERE type(r) = key.type
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props`;

/**
 * Writes one transaction's revisions. The time is taken as the statement runs, at the end of the
 * write, when its locks are held: revisions of one fact follow the order their writes committed in.
 */
export const CREATE_REVISIONS = `
WITH datetime.realtime().epochMillis AS atMs
UNWIND $revisions AS rev
CREATE (v:Revision)
SET v = rev, v.atMs = atMs
RETURN count(v) AS written`;

/** When recording began (graph/db/migrations.ts sets it at the first start). */
export const HISTORY_START = `
MATCH (h:HistoryStart {id: 'history'})
RETURN h.atMs AS atMs`;

/** Every revision after a moment, oldest first, as the undo needs it. */
export const REVISIONS_AFTER = `
MATCH (v:Revision)
WHERE v.atMs > $atMs
RETURN v.entity AS entity, v.op AS op, v.nodeId AS nodeId, v.label AS label, v.type AS type,
  v.fromId AS fromId, v.toId AS toId, v.before AS before
ORDER BY v.atMs, v.seq`;

export const DELETE_RELATIONSHIPS = `
UNWIND $keys AS key
MATCH (a:Entity {id: key.from})-[r]->(b:Entity {id: key.to})
WHERE type(r) = key.type
DELETE r`;

export const DELETE_NODES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n`;

/** Puts nodes of one label back as they were: properties replaced, the node made if it had gone. */
export const restoreNodes = (label: NodeLabel) => `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:${label}
SET n = row.props`;

/** Puts relationships of one type back as they were, between nodes that exist by now. */
export const restoreRelationships = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:${type}]->(b)
SET r = row.props`;
