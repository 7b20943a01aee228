// Freshness Cypher for facts without an observedAt: their age counts from their last change recorded in the
// history store (server/history) up to $untilMs. Read from the revisions' side, set-based: the latest
// revision of each fact, then the fact if it is still there, undated and in scope ($placeIds as queries.ts).
import { refMap } from '../gaps/cypher';
import { factFields, inScope, NODE_LABEL, origin } from './queries';

/** The latest change of each node, and of each relationship, that exist now without an observedAt. */
const LAST_NODE_CHANGES = `
  MATCH (v:Revision) WHERE v.entity = 'node' AND v.atMs <= $untilMs
  WITH v.nodeId AS id, max(v.atMs) AS atMs
  MATCH (n:Entity {id: id}) WHERE n.observedAt IS NULL AND ${inScope('n')}
  WITH n, toString(date(datetime({epochMillis: toInteger(atMs)}))) AS changedAt`;

const LAST_RELATIONSHIP_CHANGES = `
  MATCH (v:Revision) WHERE v.entity = 'relationship' AND v.atMs <= $untilMs
  WITH v.type AS type, v.fromId AS fromId, v.toId AS toId, max(v.atMs) AS atMs
  MATCH (a:Entity {id: fromId})-[r]->(b:Entity {id: toId})
  WHERE type(r) = type AND r.observedAt IS NULL AND (${inScope('a')} OR ${inScope('b')})
  WITH a, r, b, toString(date(datetime({epochMillis: toInteger(atMs)}))) AS changedAt`;

/** One row per (kind, label, source kind, origin, day of the last change) with its count. */
export const CHANGED_GROUPS = `
CALL () {
  ${LAST_NODE_CHANGES}
  RETURN 'node' AS kind, ${NODE_LABEL} AS label, n.sourceKind AS sourceKind, ${origin('n')} AS origin, changedAt, count(*) AS facts
  UNION ALL
  ${LAST_RELATIONSHIP_CHANGES}
  RETURN 'relationship' AS kind, type(r) AS label, r.sourceKind AS sourceKind, ${origin('r')} AS origin, changedAt, count(*) AS facts
}
RETURN kind, label, toString(sourceKind) AS sourceKind, toString(origin) AS origin, changedAt, facts`;

/** The facts of the groups asked for by key "label|changedAt" ($nodeKeys, $relKeys), at most $limit per group by id. */
export const CHANGED_FACTS_OF_GROUPS = `
CALL () {
  ${LAST_NODE_CHANGES}
  WITH n, changedAt, ${NODE_LABEL} + '|' + changedAt AS key
  WHERE key IN $nodeKeys
  WITH key, n, changedAt ORDER BY n.id
  WITH key, collect([n, changedAt])[..toInteger($limit)] AS rows
  UNWIND rows AS row
  WITH row[0] AS n, row[1] AS changedAt
  RETURN 'node' AS kind, ${NODE_LABEL} AS label, ${refMap('n')} AS node, null AS to, ${factFields('n')}, changedAt
  UNION ALL
  ${LAST_RELATIONSHIP_CHANGES}
  WITH a, r, b, changedAt, type(r) + '|' + changedAt AS key
  WHERE key IN $relKeys
  WITH key, a, r, b, changedAt ORDER BY a.id, b.id
  WITH key, collect([a, r, b, changedAt])[..toInteger($limit)] AS rows
  UNWIND rows AS row
  WITH row[0] AS a, row[1] AS r, row[2] AS b, row[3] AS changedAt
  RETURN 'relationship' AS kind, type(r) AS label, ${refMap('a', 'r')} AS node, ${refMap('b', 'r')} AS to, ${factFields('r')}, changedAt
}
RETURN kind, label, node, to, sourceKind, sourceRef, sourceUrl, origin, observedAt, changedAt`;
