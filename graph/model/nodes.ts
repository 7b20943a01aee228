// Node types of the innovation-chain graph. Each label has one zod schema; types come from z.infer.
import { z } from 'zod';
import { NameEn, NodeBase, Slug } from './common';
import { EnterpriseProfile, ORGANISATION_LEVELS, PlacePoint, ResearchProfile, Year } from './profiles';
import { SixOnesSlot } from './sixOnes';

export const INDUSTRY_TIERS = ['traditional', 'emerging', 'seed', 'agriculture', 'other'] as const;
export const Industry = NodeBase.extend({
  tier: z.enum(INDUSTRY_TIERS),
  /**
   * 六个一 slots a user has confirmed are really missing (plan, leadFirm, innovationCentre, alliance,
   * fund, platforms). A slot not listed and not filled is merely "not recorded".
   */
  confirmedMissing: z.array(SixOnesSlot).optional(),
});

export const CHAIN_STAGES = ['upstream', 'midstream', 'downstream'] as const;
/** A link (环节) of one industry's chain; `order` runs upstream to downstream within the industry. */
export const ChainLink = NodeBase.extend({
  industryId: Slug,
  stage: z.enum(CHAIN_STAGES),
  order: z.number().int().min(0).max(1000),
});

/** Organisations named only in Chinese may have no English name: readers then show the Chinese one. */
const OrganisationBase = NodeBase.extend({ nameEn: NameEn.optional() });

export const Enterprise = OrganisationBase.extend({
  highTech: z.boolean().optional(),
  ...EnterpriseProfile,
});

export const CENTRE_LEVELS = ORGANISATION_LEVELS;
export const InnovationCentre = OrganisationBase.extend({
  ...ResearchProfile,
});

export const Alliance = OrganisationBase.extend({ foundedYear: Year.optional() });

export const FUND_KINDS = [
  'industry-fund', // 产业科技发展基金
  'angel-guide', // 天使投资引导基金
  'risk-compensation', // 风险补偿资金
  'investment-fund', // 产业技术创新投资基金
  'seed-money', // 通创币
  'voucher', // 创新券
] as const;
export const Fund = OrganisationBase.extend({
  kind: z.enum(FUND_KINDS),
  /** Size in 亿元 (100 million yuan), when known. */
  sizeYi: z.number().nonnegative().optional(),
});

export const PLATFORM_KINDS = [
  'public-technology-service', // 公共技术服务平台
  'major-innovation-service', // 重大科技创新服务平台
  'instrument-sharing', // 大型仪器共享
  'technology-transfer', // 技术转移
  'incubator', // 孵化器
  'accelerator', // 加速器
  'maker-space', // 众创空间
  'online', // 网上平台
] as const;
export const Platform = OrganisationBase.extend({
  kind: z.enum(PLATFORM_KINDS),
  ...ResearchProfile,
});

export const PLAN_KINDS = ['industry-plan', 'policy', 'talent-programme', 'event'] as const;
export const Plan = NodeBase.extend({
  kind: z.enum(PLAN_KINDS),
  year: z.number().int().min(1949).max(2100).optional(),
});

export const INSTITUTE_KINDS = [
  'research-institute',
  'university',
  'cas-centre',
  'provincial-institute-branch',
  'foreign-rd-centre',
  'enterprise-rd-centre',
] as const;
export const Institute = OrganisationBase.extend({
  kind: z.enum(INSTITUTE_KINDS),
  ...ResearchProfile,
});

export const PARK_KINDS = [
  'national-high-tech-zone',
  'provincial-high-tech-zone',
  'development-zone',
  'co-built-park',
  'demonstration-zone',
  'science-park',
] as const;
export const Park = OrganisationBase.extend({
  kind: z.enum(PARK_KINDS),
  foundedYear: Year.optional(),
  ...PlacePoint,
});

export const REGION_KINDS = ['province', 'city', 'county', 'county-level-city', 'district', 'partner-region'] as const;
/** Regions change (海安县 became a city, 港闸 merged into 崇川): their validity period (NodeBase) matters most. */
export const Region = NodeBase.extend({
  kind: z.enum(REGION_KINDS),
  ...PlacePoint,
});

export const Indicator = NodeBase.extend({
  unit: z.string().trim().min(1).max(40),
  /** Region id the indicator is measured over (the city unless said). */
  scope: Slug,
  /** Whether a higher value is better: names a target trend improving or worsening (the comparator decides status). */
  higherIsBetter: z.boolean().default(true),
});

export const COMPARATORS = ['>=', '>', '<=', '<', '~'] as const;
/**
 * A goal for a year. Quantitative targets have an indicator and a value; a qualitative one (the document's
 * 2020 and 2035 goals in words) has no value and carries its wording in textZh/textEn. Not refined here:
 * zod cannot extend or pick a refined object, and edit forms do; a target without a value reads as qualitative.
 */
export const Target = NodeBase.extend({
  indicatorId: Slug.optional(),
  year: z.number().int().min(1949).max(2100),
  value: z.number().optional(),
  comparator: z.enum(COMPARATORS).default('>='),
  unit: z.string().trim().min(1).max(40).optional(),
  /** Region id the target is for; default the indicator's scope. */
  regionId: Slug.optional(),
  textZh: z.string().trim().min(1).max(2000).optional(),
  textEn: z.string().trim().min(1).max(2000).optional(),
});

/** An observed value of an indicator in a year, over a region (default the indicator's scope). */
export const Measurement = NodeBase.extend({
  indicatorId: Slug,
  year: z.number().int().min(1949).max(2100),
  value: z.number(),
  regionId: Slug.optional(),
});

export const Project = NodeBase.extend({
  year: z.number().int().min(1949).max(2100).optional(),
});

export const TechField = NodeBase;

/** Every node label, with its schema. Labels cannot be Cypher parameters: only these are ever spliced. */
export const NODE_SCHEMAS = {
  Industry,
  ChainLink,
  Enterprise,
  InnovationCentre,
  Alliance,
  Fund,
  Platform,
  Plan,
  Institute,
  Park,
  Region,
  Indicator,
  Target,
  Measurement,
  Project,
  TechField,
} as const;

export type NodeLabel = keyof typeof NODE_SCHEMAS;
export const NODE_LABELS = Object.keys(NODE_SCHEMAS) as NodeLabel[];
export const NodeLabelSchema = z.enum(NODE_LABELS as [NodeLabel, ...NodeLabel[]]);

export type NodeOf<L extends NodeLabel> = z.infer<(typeof NODE_SCHEMAS)[L]>;
