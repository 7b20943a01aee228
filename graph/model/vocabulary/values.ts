// Names of the model's enum values: industry tiers, chain stages, centre levels and the kinds of funds,
// platforms, plans, institutes, parks and regions. Forms, the detail panel, questions and briefings
// all read them here.
import type {
  CENTRE_LEVELS,
  CHAIN_STAGES,
  FUND_KINDS,
  INDUSTRY_TIERS,
  INSTITUTE_KINDS,
  PARK_KINDS,
  PLAN_KINDS,
  PLATFORM_KINDS,
  REGION_KINDS,
} from '../nodes';
import type { ENTERPRISE_TAGS, LISTING_EXCHANGES, SIZE_CLASSES } from '../profiles';
import type { Names } from './names';

type NamesOf<T extends readonly string[]> = Record<T[number], Names>;

/** Industry tiers of task 三(一). */
export const TIER_NAMES: NamesOf<typeof INDUSTRY_TIERS> = {
  traditional: { zh: '传统主导产业', en: 'Traditional leading industry' },
  emerging: { zh: '战略性新兴产业', en: 'Strategic emerging industry' },
  seed: { zh: '前沿种子产业', en: 'Frontier seed industry' },
  agriculture: { zh: '现代农业', en: 'Modern agriculture' },
  other: { zh: '其他产业', en: 'Other industry' },
};

export const STAGE_NAMES: NamesOf<typeof CHAIN_STAGES> = {
  upstream: { zh: '上游', en: 'Upstream' },
  midstream: { zh: '中游', en: 'Midstream' },
  downstream: { zh: '下游', en: 'Downstream' },
};

export const CENTRE_LEVEL_NAMES: NamesOf<typeof CENTRE_LEVELS> = {
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  municipal: { zh: '市级', en: 'Municipal' },
};

export const FUND_KIND_NAMES: NamesOf<typeof FUND_KINDS> = {
  'industry-fund': { zh: '产业科技发展基金', en: 'Industry S&T fund' },
  'angel-guide': { zh: '天使投资引导基金', en: 'Angel guidance fund' },
  'risk-compensation': { zh: '风险补偿资金', en: 'Risk compensation fund' },
  'investment-fund': { zh: '产业技术创新投资基金', en: 'Innovation investment fund' },
  'seed-money': { zh: '种子资金（通创币）', en: 'Seed money' },
  voucher: { zh: '创新券', en: 'Innovation voucher' },
};

export const PLATFORM_KIND_NAMES: NamesOf<typeof PLATFORM_KINDS> = {
  'public-technology-service': { zh: '公共技术服务平台', en: 'Public technology service platform' },
  'major-innovation-service': { zh: '重大科技创新服务平台', en: 'Major innovation service platform' },
  'instrument-sharing': { zh: '大型仪器共享平台', en: 'Instrument sharing platform' },
  'technology-transfer': { zh: '技术转移平台', en: 'Technology transfer platform' },
  incubator: { zh: '孵化器', en: 'Incubator' },
  accelerator: { zh: '加速器', en: 'Accelerator' },
  'maker-space': { zh: '众创空间', en: 'Maker space' },
  online: { zh: '网上平台', en: 'Online platform' },
};

export const PLAN_KIND_NAMES: NamesOf<typeof PLAN_KINDS> = {
  'industry-plan': { zh: '产业规划', en: 'Industry plan' },
  policy: { zh: '政策', en: 'Policy' },
  'talent-programme': { zh: '人才计划', en: 'Talent programme' },
  event: { zh: '活动', en: 'Event' },
};

export const INSTITUTE_KIND_NAMES: NamesOf<typeof INSTITUTE_KINDS> = {
  'research-institute': { zh: '研究院所', en: 'Research institute' },
  university: { zh: '高校', en: 'University' },
  'cas-centre': { zh: '中科院中心', en: 'CAS centre' },
  'provincial-institute-branch': { zh: '省产研院专业所', en: 'JITRI institute' },
  'foreign-rd-centre': { zh: '外资研发中心', en: 'Foreign R&D centre' },
  'enterprise-rd-centre': { zh: '企业研发中心', en: 'Enterprise R&D centre' },
};

export const PARK_KIND_NAMES: NamesOf<typeof PARK_KINDS> = {
  'national-high-tech-zone': { zh: '国家级高新区', en: 'National high-tech zone' },
  'provincial-high-tech-zone': { zh: '省级高新区', en: 'Provincial high-tech zone' },
  'development-zone': { zh: '开发区', en: 'Development zone' },
  'co-built-park': { zh: '共建园区', en: 'Co-built park' },
  'demonstration-zone': { zh: '示范区', en: 'Demonstration zone' },
  'science-park': { zh: '科技园', en: 'Science park' },
};

export const REGION_KIND_NAMES: NamesOf<typeof REGION_KINDS> = {
  province: { zh: '省', en: 'Province' },
  city: { zh: '市', en: 'City' },
  county: { zh: '县', en: 'County' },
  'county-level-city': { zh: '县级市', en: 'County-level city' },
  district: { zh: '区', en: 'District' },
  'partner-region': { zh: '合作地区', en: 'Partner region' },
};

/** 统计上大中小微型企业划分办法. */
export const SIZE_CLASS_NAMES: NamesOf<typeof SIZE_CLASSES> = {
  large: { zh: '大型企业', en: 'Large' },
  medium: { zh: '中型企业', en: 'Medium-sized' },
  small: { zh: '小型企业', en: 'Small' },
  micro: { zh: '微型企业', en: 'Micro' },
};

export const LISTING_EXCHANGE_NAMES: NamesOf<typeof LISTING_EXCHANGES> = {
  SSE: { zh: '上海证券交易所', en: 'Shanghai Stock Exchange' },
  SZSE: { zh: '深圳证券交易所', en: 'Shenzhen Stock Exchange' },
  BSE: { zh: '北京证券交易所', en: 'Beijing Stock Exchange' },
  HKEX: { zh: '香港交易所', en: 'Hong Kong Exchanges' },
  NASDAQ: { zh: '纳斯达克', en: 'Nasdaq' },
  NYSE: { zh: '纽约证券交易所', en: 'New York Stock Exchange' },
  other: { zh: '其他交易所', en: 'Other exchange' },
};

/** The recognitions are stored as the lists that grant them name them (Chinese). */
export const ENTERPRISE_TAG_NAMES: NamesOf<typeof ENTERPRISE_TAGS> = {
  高新技术企业: { zh: '高新技术企业', en: 'High-tech enterprise' },
  专精特新中小企业: { zh: '专精特新中小企业', en: 'Specialised and innovative SME' },
  '专精特新"小巨人"': { zh: '专精特新“小巨人”', en: '"Little giant" specialised and innovative firm' },
  制造业单项冠军: { zh: '制造业单项冠军', en: 'Manufacturing single-product champion' },
  瞪羚企业: { zh: '瞪羚企业', en: 'Gazelle firm' },
  独角兽: { zh: '独角兽', en: 'Unicorn' },
  上市公司: { zh: '上市公司', en: 'Listed company' },
};

/** Every enum value's name, by value (no two enums share a value). */
export const VALUE_NAMES: Record<string, Names> = {
  ...TIER_NAMES,
  ...STAGE_NAMES,
  ...CENTRE_LEVEL_NAMES,
  ...FUND_KIND_NAMES,
  ...PLATFORM_KIND_NAMES,
  ...PLAN_KIND_NAMES,
  ...INSTITUTE_KIND_NAMES,
  ...PARK_KIND_NAMES,
  ...REGION_KIND_NAMES,
  ...SIZE_CLASS_NAMES,
  ...LISTING_EXCHANGE_NAMES,
  ...ENTERPRISE_TAG_NAMES,
};
