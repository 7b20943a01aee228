// Cypher fragments the rule queries share. They splice variable names chosen in code, never values:
// every value is a $parameter (see params.ts for the names).
import { locatedInRegion } from '../../graph/db/fragments';

/**
 * A node as a NodeRef map. With a relationship, the reference counts as illustrative when either the
 * node or the relationship that makes it evidence is illustrative. `extra` adds map entries.
 */
export function refMap(node: string, rel?: string, extra?: string): string {
  const illustrative = rel
    ? `coalesce(${node}.sourceKind = 'illustrative', false) OR coalesce(${rel}.sourceKind = 'illustrative', false)`
    : `coalesce(${node}.sourceKind = 'illustrative', false)`;
  return (
    `{id: ${node}.id, label: head([lb IN labels(${node}) WHERE lb <> 'Entity']), ` +
    `nameZh: coalesce(${node}.nameZh, ${node}.id), nameEn: coalesce(${node}.nameEn, ${node}.nameZh, ${node}.id), ` +
    `illustrative: ${illustrative}${extra ? `, ${extra}` : ''}}`
  );
}

/** Located in the home city: in a region that is $cityId or PART_OF it, directly or through a park. */
export function isLocal(node: string): string {
  return `EXISTS { MATCH ${locatedInRegion(node, '(:Region {id: $cityId})')} }`;
}

/**
 * Ids of the places whose occupants are local: the city, every region PART_OF it, and every park located
 * in one of them (directly or through another park); read from the parks' side, as a region may hold
 * thousands of firms and a handful of parks. The engine reads them once per transaction
 * (service.ts) and passes them as $localPlaceIds to the rule queries, which test with isLocalIn.
 */
export const LOCAL_PLACES_QUERY = `
MATCH (r:Region)-[:PART_OF*0..]->(:Region {id: $cityId})
WITH collect(r) AS regions
RETURN [r IN regions | r.id] + COLLECT {
  MATCH (p:Park)-[:LOCATED_IN*1..2]->(r:Region) WHERE r IN regions RETURN DISTINCT p.id
} AS ids`;

/**
 * isLocal given $localPlaceIds: the same answer (regions and parks are the only things located in), with
 * one hop and a set lookup instead of variable-length paths from every node. It matters where every firm
 * covering every link is tested: at province size that is three quarters of a million tests per query.
 */
export function isLocalIn(node: string): string {
  return `EXISTS { MATCH (${node})-[:LOCATED_IN]->(localPlace) WHERE localPlace.id IN $localPlaceIds }`;
}

/**
 * A partner region itself, or located in one (or in a part of one), directly or through a park; never
 * inside the scope ($localPlaceIds): when the scope is a partner or holds one (Suzhou, Jiangsu), its own
 * organisations are local, not partners.
 */
export function inPartnerRegion(node: string): string {
  return `EXISTS { MATCH ${locatedInRegion(node, '(pr:Region)', { orIsRegion: true })} WHERE pr.id IN $partnerRegionIds AND NOT pr.id IN $localPlaceIds }`;
}

/**
 * The scope's key industries, as `keyIds`: those KEY_INDUSTRY_OF the scope ($cityId) or of a region inside
 * it (so a province has the union of its cities'); failing any, those of the nearest region containing
 * it that names some (a county without its own analyses its city's). Subsectors count as their top industry.
 */
const SCOPE_KEY_INDUSTRIES = `
WITH COLLECT {
  MATCH (:Industry)-[:KEY_INDUSTRY_OF]->(:Region)-[:PART_OF*0..]->(:Region {id: $cityId})
  RETURN 1 LIMIT 1
} AS ownFlag
CALL (ownFlag) {
  MATCH (k:Industry)-[:KEY_INDUSTRY_OF]->(:Region)-[:PART_OF*0..]->(:Region {id: $cityId})
  WHERE size(ownFlag) > 0
  RETURN k
  UNION
  MATCH path = (:Region {id: $cityId})-[:PART_OF*1..]->(up:Region)
  WHERE size(ownFlag) = 0 AND EXISTS { (up)<-[:KEY_INDUSTRY_OF]-(:Industry) }
  WITH up ORDER BY length(path) LIMIT 1
  MATCH (k:Industry)-[:KEY_INDUSTRY_OF]->(up)
  RETURN k
}
MATCH (k)-[:SUBSECTOR_OF*0..]->(top:Industry) WHERE NOT (top)-[:SUBSECTOR_OF]->(:Industry)
WITH collect(DISTINCT top.id) AS keyIds`;

/**
 * The industries analysed for the scope ($cityId) as `i`: its key industries (SCOPE_KEY_INDUSTRIES) whose
 * tier is in $tiers, each with `family` (itself and, when $rollUp, its subsectors) and `cityRegionIds`
 * (the scope and the regions containing it). An industry key only to another region is never analysed.
 * Filters: $industryIds matches the industry or any of its family; $regionIds matches the scope's regions.
 */
export const ANALYSED_INDUSTRIES = `${SCOPE_KEY_INDUSTRIES}
WITH keyIds, [$cityId] + COLLECT { MATCH (:Region {id: $cityId})-[:PART_OF*1..]->(up:Region) RETURN up.id } AS cityRegionIds
MATCH (i:Industry)
WHERE i.id IN keyIds AND i.tier IN $tiers
  AND ($regionIds IS NULL OR any(x IN cityRegionIds WHERE x IN $regionIds))
CALL (i) {
  MATCH (s:Industry)-[:SUBSECTOR_OF*0..]->(i) WHERE $rollUp OR s = i
  RETURN collect(DISTINCT s) AS family
}
WITH i, family, cityRegionIds
WHERE $industryIds IS NULL OR any(s IN family WHERE s.id IN $industryIds)`;

/** Whether industry `$id` is among the scope's key industries (one row, `key`). */
export const IS_KEY_INDUSTRY_QUERY = `${SCOPE_KEY_INDUSTRIES}
RETURN $id IN keyIds AS key`;

/**
 * Whether a node or relationship is true in $year (valid time: validFrom / validTo, judged by year): none
 * whose validTo year is before $year (a firm closed, 港闸区 merged into 崇川区) or whose validFrom year is
 * after it. A fact without them is true. Record time (server/history) is another matter.
 */
export function validIn(entity: string): string {
  return (
    `(${entity}.validTo IS NULL OR toInteger(left(${entity}.validTo, 4)) >= $year) AND ` +
    `(${entity}.validFrom IS NULL OR toInteger(left(${entity}.validFrom, 4)) <= $year)`
  );
}

/**
 * County-level units of the scope valid in $year (validIn: 海安县 became 海安市), as `r` (a county scope
 * is its own one unit), with `regionIds` (r and the regions containing it) filtered by $regionIds.
 */
export const VALID_COUNTIES = `
MATCH (r:Region)-[:PART_OF*0..]->(:Region {id: $cityId})
WHERE r.kind IN $countyKinds AND ${validIn('r')}
WITH DISTINCT r
WITH r, COLLECT { MATCH (r)-[:PART_OF*0..]->(up:Region) RETURN DISTINCT up.id } AS regionIds
WHERE $regionIds IS NULL OR any(x IN regionIds WHERE x IN $regionIds)`;

/** Parks inside region `r` (directly, through a park, or in a region PART_OF it). */
export function parksIn(region: string, extra: string): string {
  return `COLLECT {
    MATCH ${locatedInRegion('p:Park', `(${region})`)}
    RETURN DISTINCT ${refMap('p', undefined, extra)}
  }`;
}

/** The nearest region `node` is located in (directly or through parks), as a name map; null when none. */
export function placeOf(node: string): string {
  return `head(COLLECT {
    MATCH path = (${node})-[:LOCATED_IN*1..3]->(pl:Region)
    RETURN {id: pl.id, nameZh: coalesce(pl.nameZh, pl.id), nameEn: coalesce(pl.nameEn, pl.nameZh, pl.id)} AS place
    ORDER BY length(path) LIMIT 1
  })`;
}
