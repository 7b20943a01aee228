// Cypher for GET /api/regions/:id/profile. Values are parameters; "in the region" is the shared
// locatedInRegion fragment (directly, through parks, or in a region PART_OF it), as in the gap engine.
import { locatedInRegion } from '../../graph/db/fragments';
import { refMap } from '../gaps/cypher';

const optionalText = (value: string) => `CASE WHEN ${value} IS NULL THEN null ELSE toString(${value}) END`;

/** The region, the regions it is part of (nearest first) and the partner regions. No row: no region of that id. */
export const REGION_HEAD = `
MATCH (r:Region {id: $id})
RETURN ${refMap('r', undefined, `kind: r.kind, validFrom: ${optionalText('r.validFrom')}, validTo: ${optionalText('r.validTo')}`)} AS region,
  COLLECT {
    MATCH path = (r)-[:PART_OF*1..]->(up:Region)
    WITH up, min(length(path)) AS hops ORDER BY hops
    RETURN ${refMap('up')}
  } AS within,
  COLLECT { MATCH (pr:Region) WHERE pr.id IN $partnerRegionIds RETURN ${refMap('pr')} ORDER BY pr.id } AS partnerRegions`;

/** Parks in the region with the region they lie in, their specialities and the regions they are co-built with. */
export const REGION_PARKS = `
MATCH ${locatedInRegion('p:Park', '(:Region {id: $id})')}
WITH DISTINCT p
RETURN ${refMap('p', undefined, 'kind: p.kind')} AS park,
  head(COLLECT { MATCH (p)-[:LOCATED_IN*1..3]->(w:Region) RETURN ${refMap('w')} }) AS within,
  COLLECT { MATCH (p)-[s:SPECIALISES_IN]->(i:Industry) RETURN ${refMap('i', 's')} ORDER BY i.id } AS specialities,
  COLLECT { MATCH (p)-[c:CO_BUILT_WITH]->(x:Region) RETURN ${refMap('x', 'c')} ORDER BY x.id } AS coBuiltWith
ORDER BY p.id`;

/** Firms located in the region. */
const REGION_FIRMS = `
MATCH ${locatedInRegion('f:Enterprise', '(:Region {id: $id})')}
WITH DISTINCT f`;

/** Per chain link some firm of the region covers: its industry, the firms (first $firmLimit by id) and their count. */
export const REGION_FIRMS_BY_LINK = `${REGION_FIRMS}
MATCH (f)-[:COVERS]->(l:ChainLink)<-[:HAS_LINK]-(i:Industry)
WITH i, l, f ORDER BY f.id
WITH i, l, collect(f) AS firms
RETURN ${refMap('i')} AS industry, ${refMap('l', undefined, 'stage: l.stage')} AS link, l.order AS linkOrder,
  size(firms) AS firmCount, [f IN firms[..toInteger($firmLimit)] | ${refMap('f')}] AS firms
ORDER BY industry.id, linkOrder, link.id`;

/** Firms of the region covering no chain link (first $firmLimit by id) and their count. */
export const REGION_OTHER_FIRMS = `${REGION_FIRMS}
WHERE NOT EXISTS { (f)-[:COVERS]->(:ChainLink) }
WITH f ORDER BY f.id
WITH collect(f) AS firms
RETURN size(firms) AS firmCount, [f IN firms[..toInteger($firmLimit)] | ${refMap('f')}] AS firms`;

/** A partnership fact as a PartnerLink map (graph/model/partners.ts): `x` the partner, `via` who in the region holds it. */
const partnerLink = (via: string, rel: string) =>
  `${refMap('x')} AS node, ${refMap(via)} AS via, type(${rel}) AS relation,
    head(COLLECT { MATCH ${locatedInRegion('x', '(pr:Region)', { orIsRegion: true })} WHERE pr.id IN $partnerRegionIds RETURN pr.id }) AS regionId,
    coalesce(${rel}.sourceKind = 'illustrative', false) OR coalesce(x.sourceKind = 'illustrative', false) AS illustrative,
    ${rel}.sourceKind AS sourceKind, ${rel}.sourceRef AS sourceRef`;

/**
 * Partnerships of the region: PARTNERS_WITH from it or a region in it, PARTNERS_WITH from anything
 * located in it, CO_BUILT_WITH from its parks.
 */
export const REGION_PARTNERS = `
MATCH (r:Region {id: $id})
CALL (r) {
  MATCH (a:Region)-[:PART_OF*0..]->(r)
  MATCH (a)-[rel:PARTNERS_WITH]->(x)
  RETURN a, rel, x
  UNION
  MATCH ${locatedInRegion('a', '(r)')}
  MATCH (a)-[rel:PARTNERS_WITH|CO_BUILT_WITH]->(x)
  RETURN a, rel, x
}
WITH DISTINCT a, rel, x
RETURN ${partnerLink('a', 'rel')}
ORDER BY regionId, relation, node.id, via.id`;
