// Technology fields and the organisations that research them or cover chain links: institutes and
// platforms in each city, each industry's public technology service platforms in its key cities, and the institutes and
// platforms of the two partner regions (the only ones researching the uncovered fields).
import { INSTITUTE_KINDS, PLATFORM_KINDS } from '../../graph/model';
import { coveredFields, normalLinks } from './industries';
import { holderTag } from './holders';
import { fieldName, pad } from './names';
import { SYNTHETIC_IDS, SYNTHETIC_PROVENANCE } from './params';
import { allIndustries, plantCount, type CityInfo, type LinkInfo, type World } from './world';

export function buildFields(world: World): void {
  const { graph, params, rng } = world;
  for (let f = 1; f <= params.techFields; f++) {
    const id = `syn-f${pad(f, 3)}`;
    const name = fieldName(f);
    graph.node('TechField', { id, nameZh: name.zh, nameEn: name.en, ...SYNTHETIC_PROVENANCE });
    world.fields.push(id);
  }
  for (const field of rng.sample(world.fields, plantCount(world.fields.length, params.gapRates.uncoveredField))) {
    world.uncoveredFields.add(field);
  }
}

const PARTNER_INSTITUTE_KINDS = ['research-institute', 'university'] as const;
const PARTNER_PLATFORM_KINDS = ['technology-transfer', 'public-technology-service'] as const;

/** Partner-region candidates; every uncovered field is researched by at least one of them. */
export function buildPartnerOrgs(world: World): void {
  const { graph, params, rng } = world;
  const uncovered = [...world.uncoveredFields];
  for (let n = 1; n <= params.partners; n++) {
    const id = `syn-pa-${pad(n, 4)}`;
    const region = SYNTHETIC_IDS.partnerRegions[n % SYNTHETIC_IDS.partnerRegions.length] as string;
    if (n % 2 === 1) {
      graph.node('Institute', {
        id,
        nameZh: `示例合作研究院${pad(n, 4)}`,
        nameEn: `Sample partner institute ${pad(n, 4)}`,
        kind: rng.pick(PARTNER_INSTITUTE_KINDS),
        ...SYNTHETIC_PROVENANCE,
      });
    } else {
      graph.node('Platform', {
        id,
        nameZh: `示例合作平台${pad(n, 4)}`,
        nameEn: `Sample partner platform ${pad(n, 4)}`,
        kind: rng.pick(PARTNER_PLATFORM_KINDS),
        ...SYNTHETIC_PROVENANCE,
      });
    }
    graph.rel('LOCATED_IN', id, region);
    for (const field of rng.sample(world.fields, rng.between(2, 3))) graph.rel('RESEARCHES', id, field);
    const owed = uncovered[n - 1];
    if (owed) graph.rel('RESEARCHES', id, owed);
    world.partnerOrgs.push(id);
  }
}

const CITY_INSTITUTE_KINDS = INSTITUTE_KINDS.filter((k) => k !== 'foreign-rd-centre');
const OTHER_PLATFORM_KINDS = PLATFORM_KINDS.filter((k) => k !== 'public-technology-service' && k !== 'online');

/** Links an organisation of the city may cover at random: sound links of ordinary industries. */
function openLinks(city: CityInfo): LinkInfo[] {
  return city.industries.filter((i) => i.showcase === null).flatMap(normalLinks);
}

export function buildInstitutesAndPlatforms(world: World): void {
  const { graph, params, rng } = world;
  const researchable = coveredFields(world);
  const open = new Map(world.cities.map((c) => [c.id, openLinks(c)]));
  const cover = (org: string, link: LinkInfo): void => {
    graph.rel('COVERS', org, link.id);
    link.covered = true;
  };
  for (let n = 1; n <= params.institutes; n++) {
    const city = world.cities[(n - 1) % world.cities.length] as CityInfo;
    const id = `syn-in-${pad(n, 5)}`;
    graph.node('Institute', {
      id,
      nameZh: `示例${city.zh}研究院${pad(n, 5)}`,
      nameEn: `Sample institute ${pad(n, 5)} (${city.en})`,
      kind: rng.pick(CITY_INSTITUTE_KINDS),
      ...SYNTHETIC_PROVENANCE,
    });
    graph.rel('LOCATED_IN', id, rng.pick(city.places));
    for (const link of rng.sample(open.get(city.id) ?? [], 3)) cover(id, link);
    for (const field of rng.sample(researchable, 2)) graph.rel('RESEARCHES', id, field);
    city.institutes.push(id);
  }
  for (let n = 1; n <= params.platforms; n++) {
    const city = world.cities[(n - 1) % world.cities.length] as CityInfo;
    const id = `syn-pl-${pad(n, 5)}`;
    graph.node('Platform', {
      id,
      nameZh: `示例${city.zh}服务平台${pad(n, 5)}`,
      nameEn: `Sample platform ${pad(n, 5)} (${city.en})`,
      kind: rng.pick(OTHER_PLATFORM_KINDS),
      ...SYNTHETIC_PROVENANCE,
    });
    graph.rel('LOCATED_IN', id, rng.pick(city.places));
    for (const link of rng.sample(open.get(city.id) ?? [], 2)) cover(id, link);
    graph.rel('RESEARCHES', id, rng.pick(researchable));
  }
  // Each industry's public technology service platforms serve it and cover some of its sound links: as
  // planned in its lead city (one where the province has too few), none to two in each other key city.
  for (const industry of allIndustries(world)) {
    industry.keyCities.forEach((city, n) => {
      const count = n === 0 ? industry.platforms : industry.platforms < 2 ? 0 : rng.between(0, 2);
      for (let p = 1; p <= count; p++) {
        const id = `${holderTag(city, industry)}-pts${p}`;
        graph.node('Platform', {
          id,
          nameZh: `示例${city.zh}${industry.template.zh}公共技术服务平台${p}`,
          nameEn: `Sample ${city.en} ${industry.template.en} public technology platform ${p}`,
          kind: 'public-technology-service',
          ...SYNTHETIC_PROVENANCE,
        });
        graph.rel('LOCATED_IN', id, rng.pick(city.places));
        graph.rel('SERVES', id, industry.id);
        for (const link of rng.sample(normalLinks(industry), rng.between(1, 2))) cover(id, link);
        graph.rel('RESEARCHES', id, rng.pick(researchable));
      }
    });
  }
}

/**
 * Every link but the empty and weak ones gets a platform or institute (so the platform set is judged by
 * the planted links only), and every field but the uncovered ones a researcher in the province.
 */
export function ensureCoverage(world: World): void {
  const { graph, rng } = world;
  for (const industry of allIndustries(world)) {
    for (const link of industry.links) {
      if (link.covered || link.kind === 'empty' || link.kind === 'weak') continue;
      graph.rel('COVERS', rng.pick((industry.keyCities[0] as CityInfo).institutes), link.id);
      link.covered = true;
    }
  }
  const researched = new Set((graph.relationships.get('RESEARCHES') ?? []).filter((r) => !r.from.startsWith('syn-pa-')).map((r) => r.to));
  const anyInstitute = world.cities.flatMap((c) => c.institutes);
  for (const field of coveredFields(world)) {
    if (!researched.has(field)) graph.rel('RESEARCHES', rng.pick(anyInstitute), field);
  }
}
