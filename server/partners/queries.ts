// Cypher for GET /api/partners. Values are parameters; the gap engine's fragments splice only variable
// names, so "analysed industry", "local" and "in a partner region" mean what they mean in the engine.
import { locatedInRegion } from '../../graph/db/fragments';
import { ANALYSED_INDUSTRIES, inPartnerRegion, isLocal, refMap } from '../gaps/cypher';

/** The partner region a node is or sits in (through parks and sub-regions). */
const regionOf = (node: string) =>
  `head(COLLECT { MATCH ${locatedInRegion(node, '(pr:Region)', { orIsRegion: true })} WHERE pr.id IN $partnerRegionIds RETURN pr.id })`;

/** A partnership fact as a PartnerLink map: `node` the partner, `via` who holds the link, `r` the relationship. */
const link = (node: string, via: string | null, rel: string, regionId: string) =>
  `{node: ${refMap(node)}, via: ${via ? `CASE WHEN ${via} IS NULL THEN null ELSE ${refMap(via)} END` : 'null'}, relation: type(${rel}), regionId: ${regionId},
    illustrative: coalesce(${rel}.sourceKind = 'illustrative', false) OR coalesce(${node}.sourceKind = 'illustrative', false),
    sourceKind: ${rel}.sourceKind, sourceRef: ${rel}.sourceRef}`;

/** Per analysed industry: partners in partner regions (its own, or its local holders' and firms'), co-built parks. */
export const INDUSTRY_PARTNERS = `${ANALYSED_INDUSTRIES}
RETURN ${refMap('i')} AS industry, i.tier AS tier,
  COLLECT {
    UNWIND family AS s
    MATCH (s)-[r:PARTNERS_WITH]->(x) WHERE ${inPartnerRegion('x')}
    RETURN ${link('x', 's', 'r', regionOf('x'))} AS link
    UNION
    UNWIND family AS s
    MATCH (o)-[:LEADS|SERVES]->(s) WHERE ${isLocal('o')}
    MATCH (o)-[r:PARTNERS_WITH]->(x) WHERE ${inPartnerRegion('x')}
    RETURN ${link('x', 'o', 'r', regionOf('x'))} AS link
    UNION
    UNWIND family AS s
    MATCH (s)-[:HAS_LINK]->(:ChainLink)<-[:COVERS]-(o) WHERE ${isLocal('o')}
    MATCH (o)-[r:PARTNERS_WITH]->(x) WHERE ${inPartnerRegion('x')}
    RETURN ${link('x', 'o', 'r', regionOf('x'))} AS link
  } AS partners,
  COLLECT {
    UNWIND family AS s
    MATCH (p:Park)-[:SPECIALISES_IN]->(s)
    MATCH (p)-[r:CO_BUILT_WITH]->(x:Region) WHERE x.id IN $partnerRegionIds
    RETURN ${link('p', null, 'r', 'x.id')} AS link
  } AS parks
ORDER BY i.id`;

/** Per partner region: who in the city partners with it, parks co-built with it, and partners located in it. */
export const PARTNER_REGIONS = `
UNWIND $partnerRegionIds AS regionId
MATCH (reg:Region {id: regionId})
RETURN ${refMap('reg')} AS region,
  COLLECT {
    MATCH (a)-[r:PARTNERS_WITH]->(reg) WHERE ${isLocal('a')} OR a.id = $cityId OR EXISTS { (a)-[:PART_OF*1..]->(:Region {id: $cityId}) }
    RETURN ${link('a', null, 'r', 'reg.id')} AS link
  } AS cityLinks,
  COLLECT {
    MATCH (p:Park)-[r:CO_BUILT_WITH]->(reg)
    OPTIONAL MATCH (p)-[:LOCATED_IN]->(home:Region)
    WITH p, r, reg, head(collect(home)) AS home
    RETURN ${link('p', 'home', 'r', 'reg.id')} AS link
  } AS coBuiltParks,
  COLLECT {
    MATCH ${locatedInRegion('x', '(reg)')}
    MATCH (a)-[r:PARTNERS_WITH]->(x)
    RETURN ${link('x', 'a', 'r', 'reg.id')} AS link
  } AS partnerOrganisations
ORDER BY region.id`;
