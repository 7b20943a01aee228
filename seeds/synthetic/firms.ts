// Firms: local firms each with a main industry and a city (how many of each: firmCounts.ts), covering a
// few of its sound links (now and then one of another key industry of the city); showcase industries'
// firms, one link each, so their chain views reach a known size; firms outside the province; then the
// planted links' firms (one firm, only outside firms, local firms without support), and a last pass so
// every sound link has two local firms.
import { normalLinks } from './industries';
import { pad } from './names';
import { SYNTHETIC_IDS, SYNTHETIC_PROVENANCE } from './params';
import { planFirmCounts } from './firmCounts';
import { allIndustries, type CityInfo, type IndustryInfo, type LinkInfo, type World } from './world';

/** Elements of a showcase chain view besides its firms: links, their edges, holders, partners (about). */
const showcaseOverhead = (links: number): number => 4 * links + 30;

/** Firms a showcase industry gets: each adds itself and one COVERS edge to the view. */
export function showcaseFirms(targetElements: number, links: number): number {
  return Math.max(links, Math.round((targetElements - showcaseOverhead(links)) / 2));
}

export function buildFirms(world: World): void {
  const { params, rng } = world;
  const industries = allIndustries(world);
  const ordinary = industries.filter((i) => i.showcase === null);
  const showcase = industries.filter((i) => i.showcase !== null);
  const showcaseTotal = showcase.reduce((n, i) => n + showcaseFirms(i.showcase ?? 0, i.links.length), 0);
  const outsideOnly = industries.flatMap((i) => i.links).filter((l) => l.kind === 'outsideOnly').length;
  const outside = Math.max(Math.round(params.firms * params.outsideFirmShare), Math.min(3, outsideOnly * 3));
  const local = params.firms - showcaseTotal - outside;
  if (ordinary.length === 0 || local < ordinary.length * 3) {
    throw new Error(`${params.firms} firms are too few for ${ordinary.length} industries and the showcase chains`);
  }

  let serial = 0;
  const firm = (zh: string, en: string, place: string): string => {
    serial++;
    const id = `syn-e${pad(serial, 6)}`;
    world.graph.node('Enterprise', {
      id,
      nameZh: `${zh}企业${pad(serial, 6)}`,
      nameEn: `${en} firm ${pad(serial, 6)}`,
      ...(rng.chance(0.25) ? { highTech: true } : {}),
      ...SYNTHETIC_PROVENANCE,
    });
    world.graph.rel('LOCATED_IN', id, place);
    return id;
  };
  const localFirm = (industry: IndustryInfo, city: CityInfo): string => {
    const id = firm(`示例${city.zh}${industry.template.zh}`, `Sample ${city.en} ${industry.template.en}`, rng.pick(city.places));
    industry.homeFirms.push(id);
    const inCity = industry.homeFirmsByCity.get(city.id);
    if (inCity) inCity.push(id);
    else industry.homeFirmsByCity.set(city.id, [id]);
    return id;
  };
  const coverLocal = (id: string, link: LinkInfo): void => {
    if (world.graph.rel('COVERS', id, link.id)) link.localFirms++;
  };

  // Ordinary local firms, city by city and industry by industry as planned; now and then a firm covers a
  // link of another key industry of its city.
  const openByCity = new Map(world.cities.map((c) => [c.id, c.industries.filter((i) => i.showcase === null).flatMap(normalLinks)]));
  const extraChance = (params.coversPerFirm - 1) / 6;
  const counts = planFirmCounts(world, local);
  for (const city of world.cities) {
    for (const home of ordinary) {
      for (let n = counts.get(city)?.get(home) ?? 0; n > 0; n--) {
        const id = localFirm(home, city);
        let covers = 1;
        for (let t = 0; t < 6; t++) if (rng.chance(extraChance)) covers++;
        const own = normalLinks(home);
        for (const link of rng.sample(own, covers)) {
          const elsewhere = rng.chance(0.1) ? rng.pick(openByCity.get(city.id) ?? own) : link;
          coverLocal(id, elsewhere);
        }
      }
    }
  }

  for (const industry of showcase) {
    const count = showcaseFirms(industry.showcase ?? 0, industry.links.length);
    const city = industry.keyCities[0] as CityInfo;
    for (let n = 0; n < count; n++) coverLocal(localFirm(industry, city), industry.links[n % industry.links.length] as LinkInfo);
  }

  const allOpen = [...openByCity.values()].flat();
  for (let n = 0; n < outside; n++) {
    const id = firm('示例外省', 'Sample outside', SYNTHETIC_IDS.outside);
    world.outsideFirms.push(id);
    for (const link of rng.sample(allOpen, rng.between(1, 2))) world.graph.rel('COVERS', id, link.id);
  }

  for (const industry of ordinary) {
    for (const link of industry.links) {
      if (link.kind === 'outsideOnly') {
        for (const id of rng.sample(world.outsideFirms, rng.between(1, 3))) world.graph.rel('COVERS', id, link.id);
      } else if (link.kind === 'single') {
        coverLocal(rng.pick(industry.homeFirms), link);
      } else if (link.kind === 'weak') {
        for (const id of rng.sample(industry.homeFirms, rng.between(2, 30))) coverLocal(id, link);
      }
    }
  }
  ensureTwoLocalFirms(world);
}

function ensureTwoLocalFirms(world: World): void {
  for (const industry of allIndustries(world)) {
    for (const link of normalLinks(industry)) {
      if (link.localFirms >= 2) continue;
      for (const id of world.rng.shuffled(industry.homeFirms)) {
        if (link.localFirms >= 2) break;
        if (world.graph.rel('COVERS', id, link.id)) link.localFirms++;
      }
    }
  }
}
