// Names for the synthetic province: plainly fictional ("示例", "Sample"), bilingual, built from a few
// lists so that search finds realistic fragments (纺织, 医药, equipment …).
import type { CHAIN_STAGES, INDUSTRY_TIERS } from '../../graph/model';

export interface IndustryTemplate {
  zh: string;
  en: string;
  tier: Extract<(typeof INDUSTRY_TIERS)[number], 'traditional' | 'emerging' | 'seed'>;
}

/** Forty industries a Chinese province might name, by tier; the province's industries take them in this order. */
export const INDUSTRY_TEMPLATES: readonly IndustryTemplate[] = [
  { zh: '高端纺织', en: 'High-end textiles', tier: 'traditional' },
  { zh: '船舶海工', en: 'Shipbuilding and offshore', tier: 'traditional' },
  { zh: '电子信息', en: 'Electronic information', tier: 'traditional' },
  { zh: '现代家纺', en: 'Home textiles', tier: 'traditional' },
  { zh: '精细化工', en: 'Fine chemicals', tier: 'traditional' },
  { zh: '汽车零部件', en: 'Auto parts', tier: 'traditional' },
  { zh: '食品加工', en: 'Food processing', tier: 'traditional' },
  { zh: '冶金材料', en: 'Metallurgy', tier: 'traditional' },
  { zh: '建筑建材', en: 'Building materials', tier: 'traditional' },
  { zh: '纺织机械', en: 'Textile machinery', tier: 'traditional' },
  { zh: '海洋工程', en: 'Marine engineering', tier: 'emerging' },
  { zh: '智能装备', en: 'Intelligent equipment', tier: 'emerging' },
  { zh: '航空航天', en: 'Aerospace', tier: 'emerging' },
  { zh: '生物医药', en: 'Biomedicine', tier: 'emerging' },
  { zh: '新材料', en: 'New materials', tier: 'emerging' },
  { zh: '新能源', en: 'New energy', tier: 'emerging' },
  { zh: '集成电路', en: 'Integrated circuits', tier: 'emerging' },
  { zh: '医疗器械', en: 'Medical devices', tier: 'emerging' },
  { zh: '节能环保', en: 'Energy saving and environment', tier: 'emerging' },
  { zh: '轨道交通装备', en: 'Rail transit equipment', tier: 'emerging' },
  { zh: '工业机器人', en: 'Industrial robots', tier: 'emerging' },
  { zh: '光伏', en: 'Photovoltaics', tier: 'emerging' },
  { zh: '风电装备', en: 'Wind power equipment', tier: 'emerging' },
  { zh: '储能电池', en: 'Energy storage batteries', tier: 'emerging' },
  { zh: '软件与信息服务', en: 'Software and IT services', tier: 'emerging' },
  { zh: '物联网', en: 'Internet of things', tier: 'emerging' },
  { zh: '新能源汽车', en: 'New energy vehicles', tier: 'emerging' },
  { zh: '高性能纤维', en: 'High-performance fibres', tier: 'emerging' },
  { zh: '数控机床', en: 'CNC machine tools', tier: 'emerging' },
  { zh: '卫星导航', en: 'Satellite navigation', tier: 'emerging' },
  { zh: '神经再生生物材料', en: 'Nerve regeneration biomaterials', tier: 'seed' },
  { zh: '新一代通信', en: 'Next-generation communications', tier: 'seed' },
  { zh: '智慧建筑', en: 'Smart building', tier: 'seed' },
  { zh: '人工智能', en: 'Artificial intelligence', tier: 'seed' },
  { zh: '氢能', en: 'Hydrogen energy', tier: 'seed' },
  { zh: '石墨烯', en: 'Graphene', tier: 'seed' },
  { zh: '基因检测', en: 'Genetic testing', tier: 'seed' },
  { zh: '量子信息', en: 'Quantum information', tier: 'seed' },
  { zh: '区块链', en: 'Blockchain', tier: 'seed' },
  { zh: '海洋生物', en: 'Marine biology', tier: 'seed' },
];

export interface LinkTemplate {
  zh: string;
  en: string;
  stage: (typeof CHAIN_STAGES)[number];
}

/** A generic chain, upstream to downstream; an industry with fewer links takes an even spread. */
export const LINK_TEMPLATES: readonly LinkTemplate[] = [
  { zh: '原材料', en: 'Raw materials', stage: 'upstream' },
  { zh: '关键材料', en: 'Key materials', stage: 'upstream' },
  { zh: '核心零部件', en: 'Core components', stage: 'upstream' },
  { zh: '研发设计', en: 'R&D and design', stage: 'upstream' },
  { zh: '专用装备', en: 'Special equipment', stage: 'midstream' },
  { zh: '生产制造', en: 'Manufacturing', stage: 'midstream' },
  { zh: '模块集成', en: 'Module integration', stage: 'midstream' },
  { zh: '整机系统', en: 'Complete systems', stage: 'midstream' },
  { zh: '检测认证', en: 'Testing and certification', stage: 'midstream' },
  { zh: '应用示范', en: 'Application and demonstration', stage: 'downstream' },
  { zh: '品牌营销', en: 'Brands and marketing', stage: 'downstream' },
  { zh: '运维服务', en: 'Operation and services', stage: 'downstream' },
];

/** The i-th of n links, spread over the template so every chain runs upstream to downstream. */
export function linkTemplate(index: number, count: number): LinkTemplate {
  const spread = count <= 1 ? 0 : Math.round((index * (LINK_TEMPLATES.length - 1)) / (count - 1));
  return LINK_TEMPLATES[Math.min(spread, LINK_TEMPLATES.length - 1)] as LinkTemplate;
}

export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A city's full name; `city` is its short name (南京, Nanjing). */
export function cityName(city: { zh: string; en: string }): { zh: string; en: string } {
  return { zh: `示例${city.zh}市`, en: `Sample ${city.en}` };
}

export function countyName(city: { zh: string; en: string }, k: number, kind: string): { zh: string; en: string } {
  const zhKind = kind === 'district' ? '区' : kind === 'county' ? '县' : '市';
  const enKind = kind === 'district' ? 'District' : kind === 'county' ? 'County' : 'City (county-level)';
  return { zh: `示例${city.zh}市第${k}${zhKind}`, en: `Sample ${city.en} ${k} ${enKind}` };
}

export function fieldName(f: number): { zh: string; en: string } {
  const stems = [
    ['先进制造', 'advanced manufacturing'],
    ['材料表征', 'materials characterisation'],
    ['工业软件', 'industrial software'],
    ['精密加工', 'precision machining'],
    ['生物合成', 'biosynthesis'],
    ['功率电子', 'power electronics'],
    ['传感检测', 'sensing and testing'],
    ['智能控制', 'intelligent control'],
  ] as const;
  const [zh, en] = stems[f % stems.length] as readonly [string, string];
  return { zh: `示例技术领域${pad(f, 3)}·${zh}`, en: `Sample field ${pad(f, 3)}: ${en}` };
}
