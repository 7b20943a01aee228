// The 六个一 holders (plan, lead firm, innovation centre, alliance, fund) of each industry in each city
// that names it key, and the industry's cross-river partner. A slot the generator left empty for the
// industry (a planted gap of the province) has no holder in any city; otherwise its lead city surely has
// one and each other key city has one now and then, so the cities' matrices differ. Each holder is
// located in its city (a plan APPLIES_TO it), so a scope counts only its own.
import type { SixOnesSlot } from '../../graph/model';
import { coveredFields } from './industries';
import { SYNTHETIC_PROVENANCE } from './params';
import type { CityInfo, IndustryInfo, World } from './world';

/** Chance that a key city other than the lead city holds a slot the industry has. */
const OTHER_CITY_HOLDS = 0.6;

type Slot = Exclude<SixOnesSlot, 'platforms'>;

/** Id prefix of an industry's holders in a city: syn-c01-i03. */
export const holderTag = (city: CityInfo, industry: IndustryInfo): string => `${city.id}-${industry.id.slice('syn-'.length)}`;

export function buildHolders(world: World): void {
  const { rng } = world;
  for (const industry of world.industries) {
    industry.keyCities.forEach((city, n) => {
      const has = (slot: Slot): boolean => !industry.lacks.has(slot) && (n === 0 || rng.chance(OTHER_CITY_HOLDS));
      buildCityHolders(world, industry, city, has);
    });
    if (industry.partnered) world.graph.rel('PARTNERS_WITH', industry.id, rng.pick(world.partnerOrgs));
  }
  // A user confirmed some funds really missing: still a gap, shown as confirmed.
  for (const industry of world.industries.filter((i) => i.lacks.has('fund')).filter((_, n) => n % 3 === 0)) {
    const row = world.graph.nodes.get('Industry')?.find((r) => r.id === industry.id);
    if (row) row.confirmedMissing = ['fund'];
  }
}

function buildCityHolders(world: World, industry: IndustryInfo, city: CityInfo, has: (slot: Slot) => boolean): void {
  const { graph, rng } = world;
  const { id, template } = industry;
  const tag = holderTag(city, industry);
  const firms = industry.homeFirmsByCity.get(city.id) ?? [];
  if (has('plan')) {
    graph.node('Plan', {
      id: `${tag}-plan`,
      nameZh: `示例${city.zh}${template.zh}产业创新发展规划`,
      nameEn: `Sample ${city.en} ${template.en} innovation plan`,
      kind: 'industry-plan',
      year: 2018,
      ...SYNTHETIC_PROVENANCE,
    });
    graph.rel('PLANS', `${tag}-plan`, id);
    graph.rel('APPLIES_TO', `${tag}-plan`, city.id);
  }
  const leadFirm = firms[0];
  if (has('leadFirm') && leadFirm) graph.rel('LEADS', leadFirm, id);
  if (has('innovationCentre')) {
    graph.node('InnovationCentre', {
      id: `${tag}-centre`,
      nameZh: `示例${city.zh}${template.zh}产业创新中心`,
      nameEn: `Sample ${city.en} ${template.en} innovation centre`,
      level: rng.chance(0.3) ? 'provincial' : 'municipal',
      ...SYNTHETIC_PROVENANCE,
    });
    graph.rel('LOCATED_IN', `${tag}-centre`, rng.pick(city.places));
    graph.rel('SERVES', `${tag}-centre`, id);
    graph.rel('RESEARCHES', `${tag}-centre`, rng.pick(coveredFields(world)));
  }
  if (has('alliance')) {
    graph.node('Alliance', {
      id: `${tag}-alliance`,
      nameZh: `示例${city.zh}${template.zh}产业技术创新战略联盟`,
      nameEn: `Sample ${city.en} ${template.en} technology alliance`,
      ...SYNTHETIC_PROVENANCE,
    });
    graph.rel('LOCATED_IN', `${tag}-alliance`, city.id);
    graph.rel('SERVES', `${tag}-alliance`, id);
    for (const firm of firms.slice(0, 8)) graph.rel('MEMBER_OF', firm, `${tag}-alliance`);
  }
  if (has('fund')) {
    graph.node('Fund', {
      id: `${tag}-fund`,
      nameZh: `示例${city.zh}${template.zh}产业科技发展基金`,
      nameEn: `Sample ${city.en} ${template.en} S&T fund`,
      kind: 'industry-fund',
      sizeYi: rng.between(1, 20),
      ...SYNTHETIC_PROVENANCE,
    });
    graph.rel('LOCATED_IN', `${tag}-fund`, city.id);
    graph.rel('INVESTS_IN', `${tag}-fund`, id);
    for (const firm of firms.slice(1, 4)) graph.rel('INVESTS_IN', `${tag}-fund`, firm);
  }
}
