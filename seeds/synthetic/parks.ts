// Parks in every valid county: a high-tech zone and a park co-built with a partner region (each left out
// of a planted share of counties), and ordinary parks. Every park specialises in one industry of its
// city, except the planted ones with none or two; co-built parks specialise in partnered industries only,
// so that they never give a partnerless industry a partner.
import type { PARK_KINDS } from '../../graph/model';
import { pad } from './names';
import { SYNTHETIC_IDS, SYNTHETIC_PROVENANCE } from './params';
import { plantCount, type CityInfo, type World } from './world';

type ParkKind = (typeof PARK_KINDS)[number];

interface PlannedPark {
  id: string;
  city: CityInfo;
  coBuilt: boolean;
}

export function buildParks(world: World): void {
  const { graph, params, rng } = world;
  const counties = world.cities.flatMap((city) => city.counties.map((county) => ({ city, county })));
  const noCoBuilt = new Set(rng.sample(counties, plantCount(counties.length, params.gapRates.countyNoCoBuilt)).map((c) => c.county));
  const noHighTech = new Set(rng.sample(counties, plantCount(counties.length, params.gapRates.countyNoHighTech)).map((c) => c.county));
  world.planted['region-no-co-built-park'] = noCoBuilt.size;
  world.planted['region-no-high-tech-zone'] = noHighTech.size;

  const parks: PlannedPark[] = [];
  const add = (city: CityInfo, county: string, id: string, kind: ParkKind, zh: string, en: string): void => {
    graph.node('Park', { id, nameZh: zh, nameEn: en, kind, ...SYNTHETIC_PROVENANCE });
    graph.rel('LOCATED_IN', id, county);
    city.places.push(id);
    parks.push({ id, city, coBuilt: kind === 'co-built-park' });
  };
  for (const { city, county } of counties) {
    const label = county.slice('syn-'.length);
    if (!noHighTech.has(county)) {
      const national = county.endsWith('-k01');
      add(city, county, `${county}-htz`, national ? 'national-high-tech-zone' : 'provincial-high-tech-zone',
        `示例高新区 ${label}`, `Sample high-tech zone ${label}`);
    }
    if (!noCoBuilt.has(county)) {
      add(city, county, `${county}-cobuilt`, 'co-built-park', `示例沪苏共建园区 ${label}`, `Sample co-built park ${label}`);
      graph.rel('CO_BUILT_WITH', `${county}-cobuilt`, rng.pick(SYNTHETIC_IDS.partnerRegions));
    }
    for (let p = 1; p <= params.parksPerCounty; p++) {
      const kind = p % 2 === 1 ? 'development-zone' : 'science-park';
      add(city, county, `${county}-park${p}`, kind, `示例产业园 ${label}-${pad(p, 2)}`, `Sample industrial park ${label}-${pad(p, 2)}`);
    }
  }

  const ordinary = parks.filter((p) => !p.coBuilt);
  const planted = rng.shuffled(ordinary);
  const none = new Set(planted.slice(0, plantCount(ordinary.length, params.gapRates.parkNoSpeciality)).map((p) => p.id));
  const rest = planted.filter((p) => !none.has(p.id));
  const two = new Set(rest.slice(0, plantCount(rest.length, params.gapRates.parkTwoSpecialities)).map((p) => p.id));
  world.planted['park-speciality'] = none.size + two.size;

  for (const park of parks) {
    if (none.has(park.id)) continue;
    const choices = park.coBuilt ? park.city.industries.filter((i) => i.partnered) : park.city.industries;
    const count = two.has(park.id) ? 2 : 1;
    const picked = rng.sample(choices, count);
    if (picked.length !== count) throw new Error(`park ${park.id}: not enough industries to specialise in`);
    for (const industry of picked) graph.rel('SPECIALISES_IN', park.id, industry.id);
  }
}
