// Freshness Cypher: facts grouped by what their age depends on, then the few facts of the stalest groups.
// $placeIds is null for the whole graph, or the scope's regions and parks (server/gaps/localPlaces.ts).
import { refMap } from '../gaps/cypher';

/**
 * A node of the scope: one of its places, located in one (directly or in a park, as the gap engine's
 * "local"), or a plan applying to one. Only :Entity nodes are facts (users, audit and history are not).
 */
export function inScope(n: string): string {
  return (
    `($placeIds IS NULL OR ${n}.id IN $placeIds ` +
    `OR EXISTS { MATCH (${n})-[:LOCATED_IN]->(place) WHERE place.id IN $placeIds } ` +
    `OR EXISTS { MATCH (${n}:Plan)-[:APPLIES_TO]->(place) WHERE place.id IN $placeIds })`
  );
}

/** The dataset a fact was loaded with, else the file an import read (sourceRef up to '#'). */
export function origin(x: string): string {
  return `coalesce(${x}.dataset, CASE WHEN ${x}.sourceKind = 'import' THEN split(${x}.sourceRef, '#')[0] END)`;
}

export const NODE_LABEL = `head([lb IN labels(n) WHERE lb <> 'Entity'])`;

/** One row per (kind, label, source kind, origin, observedAt) with its count: few rows for many facts. */
export const FACT_GROUPS = `
CALL () {
  MATCH (n:Entity) WHERE ${inScope('n')}
  RETURN 'node' AS kind, ${NODE_LABEL} AS label, n.sourceKind AS sourceKind, ${origin('n')} AS origin,
    toString(n.observedAt) AS observedAt, count(*) AS facts
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity) WHERE ${inScope('a')} OR ${inScope('b')}
  RETURN 'relationship' AS kind, type(r) AS label, r.sourceKind AS sourceKind, ${origin('r')} AS origin,
    toString(r.observedAt) AS observedAt, count(*) AS facts
}
RETURN kind, label, toString(sourceKind) AS sourceKind, toString(origin) AS origin, observedAt, facts`;

export function factFields(x: string): string {
  return `toString(${x}.sourceKind) AS sourceKind, toString(${x}.sourceRef) AS sourceRef, toString(${x}.sourceUrl) AS sourceUrl,
    toString(${origin(x)}) AS origin, toString(${x}.observedAt) AS observedAt`;
}

/**
 * The facts of the groups asked for, named by key "label|observedAt" ($nodeKeys, $relKeys; observedAt empty
 * for undated), at most $limit per group by id, so the answer is the same on every call. One pass over the
 * nodes and one over the relationships, however many groups are asked for. An undated fact is one without
 * a change recorded up to $untilMs either (those are aged by it: changeQueries.ts); the relationships
 * changed are gathered once, for the types listed undated ($undatedTypes), as revisions have no index by end.
 */
export const FACTS_OF_GROUPS = `
CALL () {
  MATCH (n:Entity)
  WITH n, ${NODE_LABEL} + '|' + coalesce(toString(n.observedAt), '') AS key
  WHERE key IN $nodeKeys AND ${inScope('n')}
    AND (n.observedAt IS NOT NULL OR NOT EXISTS { MATCH (v:Revision {nodeId: n.id}) WHERE v.atMs <= $untilMs })
  WITH key, n ORDER BY n.id
  WITH key, collect(n)[..toInteger($limit)] AS nodes
  UNWIND nodes AS n
  RETURN 'node' AS kind, ${NODE_LABEL} AS label, ${refMap('n')} AS node, null AS to, ${factFields('n')}
  UNION ALL
  CALL () {
    MATCH (v:Revision) WHERE v.entity = 'relationship' AND v.type IN $undatedTypes AND v.atMs <= $untilMs
    RETURN collect(DISTINCT v.fromId + '|' + v.type + '|' + v.toId) AS changed
  }
  MATCH (a:Entity)-[r]->(b:Entity)
  WITH changed, a, r, b, type(r) + '|' + coalesce(toString(r.observedAt), '') AS key
  WHERE key IN $relKeys AND (${inScope('a')} OR ${inScope('b')})
    AND (r.observedAt IS NOT NULL OR NOT (a.id + '|' + type(r) + '|' + b.id) IN changed)
  WITH key, a, r, b ORDER BY a.id, b.id
  WITH key, collect([a, r, b])[..toInteger($limit)] AS rows
  UNWIND rows AS row
  WITH row[0] AS a, row[1] AS r, row[2] AS b
  RETURN 'relationship' AS kind, type(r) AS label, ${refMap('a', 'r')} AS node, ${refMap('b', 'r')} AS to, ${factFields('r')}
}
RETURN kind, label, node, to, sourceKind, sourceRef, sourceUrl, origin, observedAt`;

/** A region's name for the answer's heading. */
export const REGION_REF = `MATCH (n:Region {id: $id}) RETURN ${refMap('n')} AS ref`;
