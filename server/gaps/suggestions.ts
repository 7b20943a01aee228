// Who could fill a technology gap: institutes and platforms outside the scope that research a field,
// with the partner region (Shanghai, southern Jiangsu and their parts) each lies in, if any. One query reads every candidate once; ranking is pure (see rank.ts).
import { z } from 'zod';
import type { ManagedTransaction } from 'neo4j-driver';
import { locatedInRegion } from '../../graph/db/fragments';
import { isLocalIn, placeOf, refMap } from './cypher';
import type { RuleContext } from './params';
import { Ids, Place, readRows, Ref } from './read';
import type { Candidate, CityName } from './rank';

/**
 * Every institute or platform outside the scope that researches some field, with those fields, its
 * partner region (null elsewhere) and whether it already works with the city. Read from the two labels,
 * not from every node.
 */
export const CANDIDATES_QUERY = `
OPTIONAL MATCH (city:Region {id: $cityId})
RETURN coalesce(city.nameZh, $cityId) AS cityZh, coalesce(city.nameEn, $cityId) AS cityEn,
  COLLECT {
    MATCH (pr:Region) WHERE pr.id IN $partnerRegionIds AND NOT pr.id IN $localPlaceIds
    RETURN {zh: coalesce(pr.nameZh, pr.id), en: coalesce(pr.nameEn, pr.nameZh, pr.id)}
  } AS partnerRegions,
  COLLECT {
    CALL () { MATCH (c:Institute) RETURN c UNION MATCH (c:Platform) RETURN c }
    WITH c WHERE NOT ${isLocalIn('c')} AND EXISTS { (c)-[:RESEARCHES]->(:TechField) }
    RETURN ${refMap(
      'c',
      undefined,
      `kind: c.kind,
      place: ${placeOf('c')},
      regionId: head(COLLECT { MATCH ${locatedInRegion('c', '(pr:Region)')} WHERE pr.id IN $partnerRegionIds AND NOT pr.id IN $localPlaceIds RETURN pr.id }),
      fieldIds: COLLECT { MATCH (c)-[:RESEARCHES]->(f:TechField) RETURN f.id },
      partnersWithCity: EXISTS { MATCH (x)-[:PARTNERS_WITH]-(c) WHERE x.id = $cityId OR x:Industry OR ${isLocalIn('x')} }`,
    )}
  } AS candidates`;

const Row = z.object({
  cityZh: z.string(),
  cityEn: z.string(),
  partnerRegions: z.array(z.object({ zh: z.string(), en: z.string() })),
  candidates: z.array(
    Ref.extend({
      kind: z.string().nullable(),
      regionId: z.string().nullable(),
      place: Place,
      fieldIds: Ids,
      partnersWithCity: z.boolean(),
    }),
  ),
});

export interface CandidatePool {
  city: CityName;
  /** The partner regions outside the scope, by name (for saying which data is missing). */
  partnerRegions: CityName[];
  candidates: Candidate[];
}

export async function loadCandidates(tx: ManagedTransaction, ctx: RuleContext): Promise<CandidatePool> {
  const [row] = readRows(await tx.run(CANDIDATES_QUERY, ctx.params), Row);
  if (!row) return { city: { zh: ctx.params.cityId, en: ctx.params.cityId }, partnerRegions: [], candidates: [] };
  return {
    city: { zh: row.cityZh, en: row.cityEn },
    partnerRegions: row.partnerRegions,
    candidates: row.candidates.map(({ kind, regionId, place, fieldIds, partnersWithCity, ...ref }) => ({
      ref,
      regionId,
      place,
      fieldIds,
      partnersWithCity,
      transferPlatform: ref.label === 'Platform' && kind === 'technology-transfer',
    })),
  };
}
