// Who could fill a chain-link gap (缺链, 断链, 弱链): enterprises outside the scope covering the link
// and, for a weak link, platforms, institutes and centres outside it researching what the link needs.
// One query per engine run for every gap link at once, each link's list cut in Cypher at the configured
// maximum by the same score linkRank.ts computes (so the ones kept are the best).
import { z } from 'zod';
import type { ManagedTransaction } from 'neo4j-driver';
import { locatedInRegion } from '../../graph/db/fragments';
import { SourceKind, type NodeRef } from '../../graph/model';
import { ENTERPRISE_TAGS } from '../../graph/model/profiles';
import { isLocalIn, placeOf, refMap, validIn } from './cypher';
import type { RuleContext } from './params';
import { Place, readRows, Ref } from './read';
import type { Placed } from './reasons';
import { loadIndustryDensities, type IndustryDensities } from './relatedness';
import { linkState, type LinkFacts } from './rules/chainLinks';

/** The candidate's partner region (never one inside the scope), or null. */
const partnerRegionOf = (node: string): string =>
  `head(COLLECT { MATCH ${locatedInRegion(node, '(pr:Region)')} WHERE pr.id IN $partnerRegionIds AND NOT pr.id IN $localPlaceIds RETURN pr.id })`;

/** Already PARTNERS_WITH the scope: the region itself, a local place or a local organisation. */
const tiesOf = (node: string): string =>
  `EXISTS { MATCH (${node})-[:PARTNERS_WITH]-(x) WHERE x.id = $cityId OR x.id IN $localPlaceIds OR ${isLocalIn('x')} }`;

/** The points a candidate earns before its place and ties are read (linkRank.ts scoreLinkCandidate, same sums). */
const ownPoints = (node: string, rel: string, base: string): string =>
  `${base} + coalesce($points.evidence[${rel}.sourceKind], 0)
    + CASE WHEN ${node}:Enterprise THEN
        reduce(t = 0.0, tag IN coalesce(${node}.tags, []) | t + coalesce($points.tags[tag], 0))
        + CASE WHEN ${node}.listingExchange IS NOT NULL OR '上市公司' IN coalesce(${node}.tags, []) THEN $points.listed ELSE 0 END
        + CASE WHEN ${node}.highTech = true OR '高新技术企业' IN coalesce(${node}.tags, []) THEN $points.highTech ELSE 0 END
      ELSE 0 END`;

/**
 * The best `$max` candidates of one kind, from rows of `o` (the candidate), `r` (the relationship that
 * makes it one: its sourceKind is the evidence) and `fields` (what it researches that the link needs):
 * outside the scope and valid in $year, partner regions first, then by the same sums as linkRank.ts.
 */
const bestOf = (base: string): string => `
    WITH o, r, fields WHERE NOT ${isLocalIn('o')} AND ${validIn('o')} AND ${validIn('r')}
    WITH o, r, fields, ${partnerRegionOf('o')} AS regionId, ${tiesOf('o')} AS ties
    WITH o, r, fields, regionId, ties,
      [x IN coBuilt WHERE regionId IS NOT NULL AND EXISTS { MATCH ${locatedInRegion('o', '(:Region {id: x.regionId})')} } | x.park] AS parks
    WITH o, r, fields, regionId, ties, parks,
      ${ownPoints('o', 'r', base)}
      + CASE WHEN regionId IS NULL THEN 0 ELSE $points.partnerRegion END
      + CASE WHEN ties THEN $points.partnersWithCity ELSE 0 END
      + CASE WHEN size(parks) > 0 THEN $points.coBuiltPark ELSE 0 END AS score
    ORDER BY regionId IS NOT NULL DESC, score DESC, o.id
    LIMIT toInteger($max)
    RETURN collect(${refMap(
      'o',
      'r',
      `sourceKind: r.sourceKind, tags: coalesce(o.tags, []), listingExchange: o.listingExchange, highTech: coalesce(o.highTech, false),
      regionId: regionId, place: ${placeOf('o')}, ties: ties, parks: parks, fields: fields`,
    )}) AS found`;

/** Firms covering the link. */
const FIRMS = `
    MATCH (o:Enterprise)-[r:COVERS]->(l)
    WITH o, r, [] AS fields
    ${bestOf('$points.coversLink')}`;

/**
 * Support for a weak link: platforms, institutes and centres researching a field the link (or its
 * industry) needs. (One covering the link would make it not weak: support counts wherever it is.) The
 * evidence is the strongest of its RESEARCHES relationships to those fields.
 */
const SUPPORT = `
    CALL (l) {
      MATCH (l)-[:NEEDS]->(f:TechField) RETURN f
      UNION
      MATCH (i:Industry)-[:HAS_LINK]->(l) MATCH (i)-[:NEEDS]->(f:TechField) RETURN f
    }
    MATCH (f)<-[r:RESEARCHES]-(o) WHERE o:Platform OR o:Institute OR o:InnovationCentre
    WITH o, f, r ORDER BY coalesce($points.evidence[r.sourceKind], 0) DESC, f.id
    WITH o, collect(DISTINCT ${refMap('f')}) AS fields, head(collect(r)) AS r
    ${bestOf('$points.supportsLink')}`;

/**
 * $wanted: the gap links, each with `support` true when it is weak (wants support as well as firms).
 * The header reads, once, the parks inside the scope co-built with a region outside it, and the partner
 * regions' names (for the reasons and for saying which data is missing).
 */
export const LINK_CANDIDATES_QUERY = `
CALL () {
  MATCH (p:Park)-[:CO_BUILT_WITH]->(x:Region) WHERE ${isLocalIn('p')} AND NOT x.id IN $localPlaceIds
  RETURN collect({regionId: x.id, park: ${refMap('p')}}) AS coBuilt
}
OPTIONAL MATCH (scope:Region {id: $cityId})
WITH coBuilt, {id: $cityId, nameZh: coalesce(scope.nameZh, $cityId), nameEn: coalesce(scope.nameEn, scope.nameZh, $cityId)} AS scope, COLLECT {
  MATCH (pr:Region) WHERE pr.id IN $partnerRegionIds AND NOT pr.id IN $localPlaceIds
  RETURN {id: pr.id, nameZh: coalesce(pr.nameZh, pr.id), nameEn: coalesce(pr.nameEn, pr.nameZh, pr.id)}
} AS partnerRegions
UNWIND $wanted AS w
MATCH (l:ChainLink {id: w.linkId})
CALL (l, coBuilt) {${FIRMS}
}
WITH l, w, coBuilt, scope, partnerRegions, found AS firms
CALL (l, w, coBuilt) {
  WITH l WHERE w.support${SUPPORT}
}
RETURN l.id AS linkId, firms, found AS supporters, scope, partnerRegions`;

const Candidate = Ref.extend({
  sourceKind: SourceKind.nullable().catch(null),
  tags: z.array(z.string()),
  listingExchange: z.string().nullable(),
  highTech: z.boolean(),
  regionId: z.string().nullable(),
  place: Place,
  ties: z.boolean(),
  parks: z.array(Ref),
  fields: z.array(Ref),
});
const RegionName = z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string() });
export type RegionName = z.infer<typeof RegionName>;
const Row = z.object({
  linkId: z.string(),
  firms: z.array(Candidate),
  supporters: z.array(Candidate),
  scope: RegionName,
  partnerRegions: z.array(RegionName),
});

export interface LinkCandidate extends Placed {
  kind: 'covers-link' | 'supports-link';
  /** How the COVERS relationship is known (its sourceKind). */
  sourceKind: SourceKind | null;
  /** Recognitions (ENTERPRISE_TAGS) it holds; firms only. */
  tags: (typeof ENTERPRISE_TAGS)[number][];
  listingExchange: string | null;
  highTech: boolean;
  /** Already PARTNERS_WITH the scope. */
  ties: boolean;
  /** Parks inside the scope co-built with the region it lies in. */
  coBuiltParks: NodeRef[];
  /** Support only: the fields it researches that the link or its industry needs. */
  fields: NodeRef[];
}

export interface LinkCandidatePool {
  /** Per gap link id: firms covering it, and (weak links) support covering it; each best first. */
  byLink: Record<string, { firms: LinkCandidate[]; supporters: LinkCandidate[] }>;
  /** The scope and the partner regions outside it, with names. */
  scope: RegionName;
  partnerRegions: RegionName[];
  /** How related each industry is to the scope's strengths (relatedness.ts); null when not judged. */
  densities: IndustryDensities;
}

const isTag = (t: string): t is (typeof ENTERPRISE_TAGS)[number] => (ENTERPRISE_TAGS as readonly string[]).includes(t);

function candidate(row: z.infer<typeof Candidate>, kind: LinkCandidate['kind']): LinkCandidate {
  const { sourceKind, tags, listingExchange, highTech, regionId, place, ties, parks, fields, ...ref } = row;
  return { ref, kind, regionId, place, sourceKind, tags: tags.filter(isTag), listingExchange, highTech, ties, coBuiltParks: parks, fields };
}

/** The query's parameters for the links a chain gap is about; null when there is nothing to ask. */
export function linkCandidateParams(ctx: RuleContext, links: readonly LinkFacts[]): Record<string, unknown> | null {
  const wanted = new Map<string, boolean>();
  for (const facts of links) {
    const state = linkState(facts, ctx.config);
    if (state.countedAs !== null) wanted.set(facts.link.id, (wanted.get(facts.link.id) ?? false) || state.weak);
  }
  if (wanted.size === 0 || ctx.config.suggestions.max === 0) return null;
  return {
    ...ctx.params,
    wanted: [...wanted].map(([linkId, support]) => ({ linkId, support })),
    max: ctx.config.suggestions.max,
    points: ctx.config.suggestions.points,
  };
}

/** Candidates for every link a chain gap is about (links: the chain rule's facts, read just before). */
export async function loadLinkCandidates(tx: ManagedTransaction, ctx: RuleContext, links: readonly LinkFacts[]): Promise<LinkCandidatePool> {
  const scope = { id: ctx.params.cityId, nameZh: ctx.params.cityId, nameEn: ctx.params.cityId };
  const params = linkCandidateParams(ctx, links);
  if (!params) return { byLink: {}, scope, partnerRegions: [], densities: null };
  const rows = readRows(await tx.run(LINK_CANDIDATES_QUERY, params), Row);
  const byLink: LinkCandidatePool['byLink'] = {};
  for (const row of rows) {
    byLink[row.linkId] = {
      firms: row.firms.map((f) => candidate(f, 'covers-link')),
      supporters: row.supporters.map((s) => candidate(s, 'supports-link')),
    };
  }
  const densities = await loadIndustryDensities(tx, ctx.params.cityId, ctx.config);
  return { byLink, scope: rows[0]?.scope ?? scope, partnerRegions: rows[0]?.partnerRegions ?? [], densities };
}
