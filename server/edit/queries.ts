// Cypher for editing. Labels and relationship types are spliced only from the model's whitelists
// (NodeLabel / RelationshipType); every value is a parameter. "Locking" statements set and remove a
// dummy property so the write lock is taken before the version is read (no lost updates).
import type { NodeLabel, RelationshipType } from '../../graph/model';
import type { ReferenceRule } from './references';

export const LOCK_NODE = `
MATCH (n:Entity {id: $id})
SET n._lock = true
REMOVE n._lock
RETURN n, labels(n) AS labels, coalesce(n.version, 1) AS version`;

export const FIND_NODE = `
MATCH (n:Entity {id: $id})
RETURN n, labels(n) AS labels, coalesce(n.version, 1) AS version`;

export const NODE_LABELS_BY_ID = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, labels(n) AS labels`;

export const createNode = (label: NodeLabel) => `
CREATE (n:Entity:${label})
SET n = $props, n.version = 1
RETURN n`;

/** Null values in $set remove those properties. */
export const UPDATE_NODE = `
MATCH (n:Entity {id: $id})
SET n += $set, n.version = coalesce(n.version, 1) + 1
RETURN n, coalesce(n.version, 1) AS version`;

export const DELETE_NODE = `
MATCH (n:Entity {id: $id})
WITH n, COUNT { (n)--() } AS relationships
DETACH DELETE n
RETURN relationships`;

/** A node's relationships with the other end, for the delete preview and the audit record. */
export const NODE_RELATIONSHIPS = `
MATCH (n:Entity {id: $id})-[r]-(other:Entity)
RETURN type(r) AS type, startNode(r) = n AS outgoing, properties(r) AS properties, other, labels(other) AS labels
ORDER BY type, other.id
LIMIT toInteger($limit)`;

export const COUNT_NODE_RELATIONSHIPS = `
MATCH (n:Entity {id: $id})
RETURN COUNT { (n)--() } AS total`;

/** Nodes whose reference property names this id (they would dangle if it went). */
export const referringNodes = (rule: ReferenceRule) => `
MATCH (m:${rule.label} {${rule.property}: $id})
RETURN m.id AS id
ORDER BY id
LIMIT toInteger($limit)`;

/** Points the relationship a reference property stands for at the property's current target. */
export const relinkReference = (rule: ReferenceRule & { relationship: { type: RelationshipType; reverse: boolean } }) => {
  const { type, reverse } = rule.relationship;
  const old = reverse ? `(previous)-[old:${type}]->(n)` : `(n)-[old:${type}]->(previous)`;
  const link = reverse ? `(target)-[r:${type}]->(n)` : `(n)-[r:${type}]->(target)`;
  return `
MATCH (n:Entity {id: $id})
OPTIONAL MATCH ${old}
WHERE previous.id <> $target
DELETE old
WITH DISTINCT n
MATCH (target:${rule.target} {id: $target})
MERGE ${link}
ON CREATE SET r.sourceKind = $sourceKind, r.sourceRef = $sourceRef, r.version = 1`;
};

export const lockRelationship = (type: RelationshipType) => `
MATCH (a:Entity {id: $from})-[r:${type}]->(b:Entity {id: $to})
SET r._lock = true
REMOVE r._lock
RETURN r, coalesce(r.version, 1) AS version`;

export const findRelationship = (type: RelationshipType) => `
MATCH (a:Entity {id: $from})-[r:${type}]->(b:Entity {id: $to})
RETURN r, coalesce(r.version, 1) AS version`;

/** Locks both ends (in id order, fewer deadlocks) so two creates of the same link serialise. */
export const LOCK_ENDS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n._lock = true
REMOVE n._lock
RETURN n.id AS id, labels(n) AS labels`;

export const createRelationship = (type: RelationshipType) => `
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
CREATE (a)-[r:${type}]->(b)
SET r = $props, r.version = 1
RETURN r`;

export const updateRelationship = (type: RelationshipType) => `
MATCH (a:Entity {id: $from})-[r:${type}]->(b:Entity {id: $to})
SET r += $set, r.version = coalesce(r.version, 1) + 1
RETURN r, r.version AS version`;

export const deleteRelationship = (type: RelationshipType) => `
MATCH (a:Entity {id: $from})-[r:${type}]->(b:Entity {id: $to})
DELETE r`;
