// The region × industry firm counts the compare formulas read (input.ts CountTable), and the peer regions
// that make the reference economy of a location quotient. Set-based reads: one query per table, whatever
// the number of regions, industries or firms, each answering one row per region.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { activeGapConfig, asOfYear } from '../gaps/config';
import { readFirst, readRows } from '../presenters/rows';
import type { CountTable } from './input';

/** County-level kinds form one level: a district's peers include the county-level cities and counties. */
export const COUNTY_LEVEL_KINDS: readonly string[] = ['county', 'county-level-city', 'district'];

/** The level a region kind is compared at: 'county' for every county-level kind, else the kind itself. */
export function regionLevel(kind: string): string {
  return COUNTY_LEVEL_KINDS.includes(kind) ? 'county' : kind;
}

/** Top-level industries (subsectors roll up into them), the default rows of a table. */
const TOP_INDUSTRIES = `
MATCH (i:Industry) WHERE NOT (i)-[:SUBSECTOR_OF]->(:Industry)
WITH i ORDER BY i.id
RETURN collect(i.id) AS ids`;

export async function topIndustryIds(tx: ManagedTransaction): Promise<string[]> {
  return readFirst(await tx.run(TOP_INDUSTRIES), z.object({ ids: z.array(z.string()) }))?.ids ?? [];
}

/**
 * Given region `r`, its places as `places`: itself, every region PART_OF it, and the parks located in
 * those (directly or through another park). Whatever is LOCATED_IN one of them is inside the region.
 */
export const PLACES_IN_REGION = `
CALL (r) {
  MATCH (sub:Region)-[:PART_OF*0..]->(r)
  WITH collect(DISTINCT sub) AS regions
  RETURN regions + COLLECT { MATCH (p:Park)-[:LOCATED_IN*1..2]->(x:Region) WHERE x IN regions RETURN DISTINCT p } AS places
}`;

/** Given region `r`, its firms as `firms`: the distinct Enterprises LOCATED_IN one of its places. */
export const FIRMS_IN_REGION = `${PLACES_IN_REGION}
CALL (places) {
  UNWIND places AS place
  MATCH (e:Enterprise)-[:LOCATED_IN]->(place)
  RETURN collect(DISTINCT e) AS firms
}`;

/** Given firm `e`, the industries it belongs to as `top` (see FIRM_COUNTS), each at least once. */
export const INDUSTRIES_OF_FIRM = `
CALL (e) {
  MATCH (e)-[:COVERS]->(:ChainLink)<-[:HAS_LINK]-(:Industry)-[:SUBSECTOR_OF*0..]->(top:Industry) RETURN top
  UNION
  MATCH (e)-[:LEADS]->(:Industry)-[:SUBSECTOR_OF*0..]->(top:Industry) RETURN top
}`;

/**
 * Per region: its firms (FIRMS_IN_REGION, e_r) and per industry the distinct firms of that industry
 * among them (e_ri).
 *
 * A firm belongs to an industry when it COVERS a chain link the industry HAS_LINK, or LEADS the industry;
 * a subsector's links and leads count for it and for every industry it is SUBSECTOR_OF (directly or not),
 * so a parent's count includes its subsectors' firms, each firm once. Firms are not tagged with an
 * industry otherwise, so a firm covering no link and leading nothing counts in e_r only.
 */
const FIRM_COUNTS = `
UNWIND $regionIds AS rid
MATCH (r:Region {id: rid})
${FIRMS_IN_REGION}
CALL (firms) {
  UNWIND firms AS e
  ${INDUSTRIES_OF_FIRM}
  WITH e, top WHERE top.id IN $industryIds
  WITH top.id AS industry, count(DISTINCT e) AS n
  RETURN collect({industry: industry, firms: n}) AS counts
}
RETURN r.id AS region, size(firms) AS total, counts`;

const CountRow = z.object({
  region: z.string(),
  total: z.number().int(),
  counts: z.array(z.object({ industry: z.string(), firms: z.number().int() })),
});

/**
 * e_ri and e_r for the regions (in their order) and industries (all top-level industries when absent), as
 * a CountTable of firms with regionTotals = every firm inside the region. A region id not in the graph
 * gets an empty row: callers answer 400 for unknown ids before reading.
 */
export async function firmCountTable(
  tx: ManagedTransaction,
  regionIds: readonly string[],
  industryIds?: readonly string[],
): Promise<CountTable> {
  const industries = industryIds ? [...new Set(industryIds)] : await topIndustryIds(tx);
  const regions = [...new Set(regionIds)];
  const rows = readRows(await tx.run(FIRM_COUNTS, { regionIds: regions, industryIds: industries }), CountRow);
  const counts: Record<string, Record<string, number>> = Object.fromEntries(regions.map((r) => [r, {}]));
  const regionTotals: Record<string, number> = Object.fromEntries(regions.map((r) => [r, 0]));
  for (const row of rows) {
    regionTotals[row.region] = row.total;
    counts[row.region] = Object.fromEntries(row.counts.map((c) => [c.industry, c.firms]));
  }
  return { measure: 'firms', regions, industries, counts, regionTotals };
}

/**
 * The reference economy of a region's LQ: every region of its level (regionLevel) valid in the analysis
 * year, itself included, ordered by id. Fixed by the region, not by the regions a user compares it with,
 * so an LQ does not change with the peers picked. A region gone by then (港闸区 merged into 崇川区) is left
 * out unless it is the region asked about. An unknown id has no peers: [].
 */
const PEERS = `
MATCH (r:Region {id: $regionId})
WITH r, CASE WHEN r.kind IN $countyKinds THEN $countyKinds ELSE [r.kind] END AS kinds
MATCH (p:Region)
WHERE p.kind IN kinds AND (p = r OR (
  (p.validTo IS NULL OR toInteger(left(p.validTo, 4)) >= $year) AND
  (p.validFrom IS NULL OR toInteger(left(p.validFrom, 4)) <= $year)))
WITH p ORDER BY p.id
RETURN collect(p.id) AS ids`;

export async function peerRegionIds(tx: ManagedTransaction, regionId: string, year?: number): Promise<string[]> {
  const params = { regionId, countyKinds: [...COUNTY_LEVEL_KINDS], year: year ?? asOfYear(activeGapConfig().config) };
  return readFirst(await tx.run(PEERS, params), z.object({ ids: z.array(z.string()) }))?.ids ?? [];
}
