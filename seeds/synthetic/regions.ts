// Regions: the province, its cities PART_OF it, counties PART_OF each city (plus counties merged away
// before asOfYear, which the coverage rules must skip), two partner regions and one outside region.
import type { REGION_KINDS } from '../../graph/model';
import { syntheticCity } from './cities';
import { cityName, countyName, pad } from './names';
import { SYNTHETIC_IDS, SYNTHETIC_PROVENANCE } from './params';
import type { CityInfo, World } from './world';

const COUNTY_KINDS = ['district', 'county', 'county-level-city'] as const satisfies readonly (typeof REGION_KINDS)[number][];

export function buildRegions(world: World): void {
  const { graph, params } = world;
  graph.node('Region', {
    id: SYNTHETIC_IDS.province,
    nameZh: '示例省（合成数据）',
    nameEn: 'Sample Province (synthetic)',
    kind: 'province',
    descriptionZh: '基准测试用的合成省份：所有城市、企业和机构均为虚构。',
    descriptionEn: 'A synthetic province for benchmarks: every city, firm and institution in it is made up.',
    ...SYNTHETIC_PROVENANCE,
  });
  const partnerNames = [
    { zh: '示例沪（合作地区）', en: 'Sample partner East' },
    { zh: '示例苏南（合作地区）', en: 'Sample partner South' },
  ];
  SYNTHETIC_IDS.partnerRegions.forEach((id, index) => {
    const name = partnerNames[index] ?? { zh: `示例合作地区${index + 1}`, en: `Sample partner ${index + 1}` };
    graph.node('Region', { id, nameZh: name.zh, nameEn: name.en, kind: 'partner-region', ...SYNTHETIC_PROVENANCE });
  });
  graph.node('Region', {
    id: SYNTHETIC_IDS.outside,
    nameZh: '示例外省',
    nameEn: 'Sample other province',
    kind: 'province',
    ...SYNTHETIC_PROVENANCE,
  });

  for (let c = 1; c <= params.cities; c++) {
    const { id, zh, en, firmWeight } = syntheticCity(c);
    graph.node('Region', { id, ...names(cityName({ zh, en })), kind: 'city', ...SYNTHETIC_PROVENANCE });
    graph.rel('PART_OF', id, SYNTHETIC_IDS.province);
    const city: CityInfo = { id, index: c, zh, en, firmWeight, counties: [], places: [], industries: [], institutes: [] };
    for (let k = 1; k <= params.countiesPerCity; k++) {
      const kind = COUNTY_KINDS[(k - 1) % COUNTY_KINDS.length] ?? 'district';
      const county = `${id}-k${pad(k, 2)}`;
      graph.node('Region', { id: county, ...names(countyName(city, k, kind)), kind, validFrom: '2000', ...SYNTHETIC_PROVENANCE });
      graph.rel('PART_OF', county, id);
      city.counties.push(county);
      city.places.push(county);
    }
    for (let m = 1; m <= params.mergedCountiesPerCity; m++) {
      const county = `${id}-m${m}`;
      graph.node('Region', {
        id: county,
        nameZh: `示例${zh}市原第${m}区（已合并）`,
        nameEn: `Sample ${en} former district ${m} (merged)`,
        kind: 'district',
        validFrom: '2000',
        validTo: String(params.asOfYear - 6),
        ...SYNTHETIC_PROVENANCE,
      });
      graph.rel('PART_OF', county, id);
    }
    world.cities.push(city);
  }
}

function names(name: { zh: string; en: string }): { nameZh: string; nameEn: string } {
  return { nameZh: name.zh, nameEn: name.en };
}
