// The synthetic province, step by step: regions, fields and partner regions' organisations, industries
// and their planted gaps, parks, institutes and platforms, firms, 六个一 holders, needs, targets; then
// the tally of planted gaps. Deterministic: the same parameters give the same graph.
import { countNodes, countRelationships, GraphBuilder, sum, type SyntheticGraph } from './graph';
import { buildHolders } from './holders';
import { buildIndustries, buildNeeds, planIndustryGaps, planLinkKinds } from './industries';
import { emptyGapCounts, type Manifest } from './manifest';
import { buildFields, buildInstitutesAndPlatforms, buildPartnerOrgs, ensureCoverage } from './organisations';
import { SYNTHETIC_IDS, SyntheticParams } from './params';
import { buildParks } from './parks';
import { Random } from './random';
import { buildRegions } from './regions';
import { buildFirms } from './firms';
import { tallyIndustryGaps } from './tally';
import { buildTargets } from './targets';
import type { IndustryInfo, World } from './world';

export interface SyntheticProvince {
  graph: SyntheticGraph;
  manifest: Manifest;
}

export function generateProvince(input: SyntheticParams): SyntheticProvince {
  const params = SyntheticParams.parse(input);
  if (params.institutes < params.cities) throw new Error('synthetic: every city needs an institute (institutes ≥ cities)');
  const showcases = params.showcaseElements.length;
  if (params.industries - showcases < 2) throw new Error('synthetic: the province needs two industries besides the showcase ones');
  // The first city's key industries are the showcase ones and at least one ordinary one (the sample).
  if (params.keyIndustriesPerCity <= showcases) throw new Error('synthetic: keyIndustriesPerCity must exceed the showcase industries');
  const world: World = {
    params,
    rng: new Random(params.seed),
    graph: new GraphBuilder(),
    planted: emptyGapCounts(),
    cities: [],
    industries: [],
    fields: [],
    uncoveredFields: new Set(),
    partnerOrgs: [],
    outsideFirms: [],
  };
  buildRegions(world);
  buildFields(world);
  buildPartnerOrgs(world);
  buildIndustries(world);
  planLinkKinds(world);
  planIndustryGaps(world);
  buildParks(world);
  buildInstitutesAndPlatforms(world);
  buildFirms(world);
  buildHolders(world);
  ensureCoverage(world);
  buildNeeds(world);
  buildTargets(world);
  tallyIndustryGaps(world);

  const graph = world.graph.build();
  const nodes = countNodes(graph);
  const relationships = countRelationships(graph);
  const firstCity = world.cities[0];
  const sample = firstCity?.industries.find((i) => i.showcase === null);
  const sampleLink = sample?.links.find((l) => l.kind === 'normal');
  if (!firstCity || !sample || !sampleLink) throw new Error('synthetic: no ordinary industry in the first city');
  return {
    graph,
    manifest: {
      generator: 'innochain-synthetic',
      version: 1,
      params,
      nodes,
      relationships,
      totalNodes: sum(nodes),
      totalRelationships: sum(relationships),
      plantedGaps: world.planted,
      ids: {
        province: SYNTHETIC_IDS.province,
        partnerRegions: [...SYNTHETIC_IDS.partnerRegions],
        showcase: firstCity.industries
          .filter((i) => i.showcase !== null)
          .map((i) => ({ industryId: i.id, targetElements: i.showcase ?? 0 })),
        sampleIndustry: sample.id,
        sampleLink: sampleLink.id,
        sampleCounty: firstCity.counties[0] ?? firstCity.id,
        cities: world.cities.map((c) => c.id),
        compareIndustry: widest(world.industries).id,
      },
      searchTerm: '纺织',
    },
  };
}

/** The ordinary industry key in the most cities (the first such): one industry to compare every city on. */
function widest(industries: readonly IndustryInfo[]): IndustryInfo {
  const ordinary = industries.filter((i) => i.showcase === null);
  const first = ordinary[0];
  if (!first) throw new Error('synthetic: no ordinary industry');
  return ordinary.reduce((a, b) => (b.keyCities.length > a.keyCities.length ? b : a), first);
}
