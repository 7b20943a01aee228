// Cypher the briefings read themselves: which industries exist, their chains, and where the facts came
// from. Gap findings come from the gap engine (server/gaps), never from here. Every value is a parameter.
import { isLocal } from '../gaps/cypher';

/** The scope's region, for its name and kind. */
export const REGION_OF_SCOPE = `
MATCH (r:Region {id: $id})
RETURN r.id AS id, r.nameZh AS nameZh, r.nameEn AS nameEn, r.kind AS kind`;

/** Whether each requested id names an industry. */
export const INDUSTRIES_BY_ID = `
UNWIND $ids AS id
OPTIONAL MATCH (i:Industry {id: id})
RETURN id, i IS NOT NULL AS found`;

/**
 * Per industry: its links in chain order with the organisations covering each (firms, platforms,
 * institutes and innovation centres), and the FEEDS between its own links. A firm is local as the gap
 * engine and the chain view have it: located in the scope ($cityId), directly, through a park or a region.
 */
export const CHAINS_OF_INDUSTRIES = `
UNWIND $ids AS industryId
MATCH (i:Industry {id: industryId})
CALL (i) {
  OPTIONAL MATCH (i)-[:HAS_LINK]->(l:ChainLink)
  CALL (l) {
    OPTIONAL MATCH (m:Entity)-[:COVERS]->(l)
    RETURN count(CASE WHEN m:Enterprise THEN 1 END) AS enterprises,
           count(CASE WHEN m:Enterprise AND ${isLocal('m')} THEN 1 END) AS localEnterprises,
           count(CASE WHEN m:Platform THEN 1 END) AS platforms,
           count(CASE WHEN m:Institute OR m:InnovationCentre THEN 1 END) AS institutes,
           count(CASE WHEN m.sourceKind = 'illustrative' THEN 1 END) AS illustrativeMembers
  }
  WITH l, enterprises, localEnterprises, platforms, institutes, illustrativeMembers
  ORDER BY l.order, l.id
  RETURN collect(CASE WHEN l IS NULL THEN null ELSE {
    id: l.id, nameZh: l.nameZh, nameEn: l.nameEn, stage: l.stage, order: l.order,
    illustrative: l.sourceKind = 'illustrative',
    enterprises: enterprises, localEnterprises: localEnterprises, platforms: platforms, institutes: institutes,
    illustrativeMembers: illustrativeMembers
  } END) AS links
}
CALL (i) {
  OPTIONAL MATCH (i)-[:HAS_LINK]->(a:ChainLink)-[f:FEEDS]->(b:ChainLink)<-[:HAS_LINK]-(i)
  RETURN collect(CASE WHEN f IS NULL THEN null ELSE {
    from: a.id, to: b.id, illustrative: f.sourceKind = 'illustrative'
  } END) AS feeds
}
RETURN i.id AS industryId, links, feeds`;

/**
 * The facts a briefing on these industries rests on: each industry, its links, the organisations
 * holding a role or covering a link, and the relationships joining them; with targets and indicators
 * when $withTargets (city-wide figures). Grouped by source and by dataset for the closing page.
 */
export const SOURCES_OF_INDUSTRIES = `
UNWIND $ids AS industryId
MATCH (i:Industry {id: industryId})
CALL (i) {
  MATCH (i)-[r]-(n:Entity)
  WHERE type(r) IN ['PLANS', 'LEADS', 'SERVES', 'INVESTS_IN', 'HAS_LINK', 'SPECIALISES_IN', 'PARTNERS_WITH']
  RETURN n AS node, r AS rel
  UNION
  MATCH (i)-[:HAS_LINK]->(:ChainLink)-[r:COVERS|FEEDS]-(n:Entity)
  RETURN n AS node, r AS rel
  UNION
  RETURN i AS node, null AS rel
}
WITH collect(DISTINCT node) AS nodes, collect(DISTINCT rel) AS rels
CALL () {
  OPTIONAL MATCH (t:Target)-[r:TARGET_FOR]->(ind:Indicator)
  WHERE $withTargets AND ($targetIds IS NULL OR t.id IN $targetIds)
  OPTIONAL MATCH (m:Measurement)-[r2:MEASURES]->(ind)
  RETURN collect(DISTINCT t) + collect(DISTINCT ind) + collect(DISTINCT m) AS targetNodes,
         collect(DISTINCT r) + collect(DISTINCT r2) AS targetRels
}
WITH nodes + targetNodes AS nodes, rels + targetRels AS rels
CALL (nodes, rels) {
  UNWIND nodes AS n
  RETURN collect({sourceKind: n.sourceKind, sourceRef: n.sourceRef, sourceUrl: n.sourceUrl, observedAt: n.observedAt, dataset: n.dataset,
    label: head([lb IN labels(n) WHERE lb <> 'Entity']), nameZh: coalesce(n.nameZh, n.id), nameEn: coalesce(n.nameEn, n.nameZh, n.id)}) AS nodeFacts
}
CALL (rels) {
  UNWIND rels AS r
  WITH r, startNode(r) AS a, endNode(r) AS b
  RETURN collect({sourceKind: r.sourceKind, sourceRef: r.sourceRef, sourceUrl: r.sourceUrl, observedAt: r.observedAt, dataset: r.dataset,
    label: type(r), nameZh: coalesce(a.nameZh, a.id) + ' → ' + coalesce(b.nameZh, b.id),
    nameEn: coalesce(a.nameEn, a.nameZh, a.id) + ' → ' + coalesce(b.nameEn, b.nameZh, b.id)}) AS relFacts
}
RETURN nodeFacts, relFacts`;

/**
 * The latest recorded change to the data: the newest audit entry of a node, relationship or import
 * change (written with every edit), and any node stamped with updatedAt. Either may be null.
 */
export const LATEST_CHANGE = `
CALL () {
  OPTIONAL MATCH (a:AuditEntry)
  WHERE (a.action STARTS WITH 'node.' OR a.action STARTS WITH 'relationship.' OR a.action = 'import.commit')
    // Entries are stamped with ISO UTC text (toISOString), which orders as time does.
    AND ($untilIso IS NULL OR a.at <= $untilIso)
  RETURN max(toString(a.at)) AS audited
}
CALL () {
  OPTIONAL MATCH (n:Entity) WHERE n.updatedAt IS NOT NULL
  RETURN max(toString(n.updatedAt)) AS stamped
}
RETURN audited, stamped`;

/**
 * The targets of some industries: a target that CONCERNS one of them, or whose indicator does (an
 * industry briefing prints these and no other of the city's targets).
 */
export const TARGETS_OF_INDUSTRIES = `
MATCH (t:Target)
WHERE EXISTS { (t)-[:CONCERNS]->(i:Industry) WHERE i.id IN $ids }
   OR EXISTS { (t)-[:TARGET_FOR]->(:Indicator)-[:CONCERNS]->(i:Industry) WHERE i.id IN $ids }
RETURN collect(t.id) AS ids`;
