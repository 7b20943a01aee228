// Cypher of GET /api/changes: revisions in a period, and what is inside a region.

/** Revisions recorded in (since, until], newest first, at most $limit; with how many there are. */
export const REVISIONS_BETWEEN = `
MATCH (v:Revision)
WHERE v.atMs > $sinceMs AND v.atMs <= $untilMs
  AND ($ids IS NULL OR v.nodeId IN $ids OR v.fromId IN $ids OR v.toId IN $ids)
WITH v ORDER BY v.atMs DESC, v.seq DESC
WITH collect(v) AS found
RETURN size(found) AS total, [v IN found[0..toInteger($limit)] | v {.atMs, .op, .entity, .nodeId, .label, .type, .fromId, .toId, .before, .after, .changed, .actor, .via}] AS items`;

/** Names and labels of nodes that exist now. */
export const NAMES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, coalesce(n.nameZh, n.id) AS nameZh, coalesce(n.nameEn, n.nameZh, n.id) AS nameEn`;

/** What is inside a region now: its places, what is located in them, and the industries key to them. */
export const REGION_IDS = `
WITH $places AS places
CALL () { MATCH (n:Entity)-[:LOCATED_IN]->(p:Entity) WHERE p.id IN $places RETURN collect(DISTINCT n.id) AS located }
CALL () { MATCH (i:Industry)-[:KEY_INDUSTRY_OF]->(r:Region) WHERE r.id IN $places RETURN collect(DISTINCT i.id) AS industries }
RETURN places + located + industries AS ids`;
