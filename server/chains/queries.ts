// Cypher for one industry's chain view. Every value is a parameter; no label or type is spliced (the
// gap engine's isLocal fragment splices only a variable name, so "local" means the same everywhere).
import { isLocal } from '../gaps/cypher';

/** The industry, its links in chain order, and the FEEDS edges between them. */
export const CHAIN_INDUSTRY_AND_LINKS = `
MATCH (i:Industry {id: $id})
OPTIONAL MATCH (i)-[hl:HAS_LINK]->(l:ChainLink)
WITH i, l, hl ORDER BY l.order, l.id
WITH i, collect(CASE WHEN l IS NULL THEN null ELSE {node: l, rel: hl} END) AS links
OPTIONAL MATCH (i)-[:HAS_LINK]->(a:ChainLink)-[f:FEEDS]->(b:ChainLink)<-[:HAS_LINK]-(i)
RETURN i AS industry, links,
       collect(CASE WHEN f IS NULL THEN null ELSE {rel: f, from: a.id, to: b.id} END) AS feeds`;

/** Nodes holding a 六个一 role for the industry (plan, lead firm, centre, alliance, fund, platforms, institutes). */
export const CHAIN_HOLDERS = `
MATCH (h:Entity)-[r:PLANS|LEADS|SERVES|INVESTS_IN]->(:Industry {id: $id})
RETURN h AS node, r AS rel, type(r) AS type
ORDER BY h.id`;

/**
 * Per link: counts of the organisations covering it, and the members to show (all of them for an
 * expanded link, else the first $limit: centres, platforms and institutes before firms, local first).
 * A firm is local as the gap engine has it: located in the city ($cityId), directly, through a park
 * or through a region part of it.
 */
export const CHAIN_LINK_MEMBERS = `
MATCH (:Industry {id: $id})-[:HAS_LINK]->(l:ChainLink)
CALL (l) {
  OPTIONAL MATCH (m:Entity)-[c:COVERS]->(l)
  WITH m, c,
       m IS NOT NULL AND ${isLocal('m')} AS local,
       CASE WHEN m:InnovationCentre THEN 0 WHEN m:Platform THEN 1 WHEN m:Institute THEN 2 ELSE 3 END AS rank
  ORDER BY rank, local DESC, m.nameZh, m.id
  RETURN count(m) AS total,
         count(CASE WHEN m:Enterprise THEN 1 END) AS firms,
         count(CASE WHEN m:Enterprise AND local THEN 1 END) AS localFirms,
         count(CASE WHEN m:Platform THEN 1 END) AS platforms,
         count(CASE WHEN m:Institute THEN 1 END) AS institutes,
         count(CASE WHEN m:InnovationCentre THEN 1 END) AS centres,
         collect(CASE WHEN m IS NULL THEN null ELSE {node: m, rel: c, local: local} END) AS all
}
WITH l, total, firms, localFirms, platforms, institutes, centres, all,
     $expandAll OR l.id IN $expand AS expanded
RETURN l.id AS linkId, total, firms, localFirms, platforms, institutes, centres, expanded,
       CASE WHEN expanded THEN all[..$cap] ELSE all[..$limit] END AS members
ORDER BY l.order, l.id`;

/**
 * Partners around the chain: the industry's and the shown organisations' PARTNERS_WITH ends, parks
 * specialising in the industry and the regions they are co-built with, and the partner regions the
 * partners sit in.
 */
export const CHAIN_PARTNERS = `
MATCH (i:Industry {id: $id})
CALL (i) {
  MATCH (x:Entity)-[r:PARTNERS_WITH]->(p:Entity)
  WHERE x = i OR x.id IN $shownIds
  RETURN collect({rel: r, from: x.id, node: p}) AS partners
}
CALL (i) {
  MATCH (park:Park)-[s:SPECIALISES_IN]->(i)
  OPTIONAL MATCH (park)-[cb:CO_BUILT_WITH]->(reg:Region)
  RETURN collect({park: park, rel: s, coBuilt: cb, region: reg}) AS parks
}
RETURN partners, parks`;

/** Partner regions (Shanghai, southern Jiangsu, …) the given nodes are located in. */
export const CHAIN_PARTNER_REGIONS = `
MATCH (p:Entity)-[loc:LOCATED_IN]->(reg:Region {kind: 'partner-region'})
WHERE p.id IN $ids
RETURN p.id AS from, loc AS rel, reg AS region`;
