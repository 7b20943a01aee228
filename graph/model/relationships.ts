// Relationship types, named so a Cypher reader guesses right, with the labels each may join.
// The "六个一" roles are explicit: PLANS, LEADS, SERVES (centre, alliance, platforms), INVESTS_IN.
import { z } from 'zod';
import { Provenance, Slug, Validity } from './common';
import type { NodeLabel } from './nodes';

interface RelationshipSpec {
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
  zh: string;
  en: string;
}

const ORGANISATIONS = ['Enterprise', 'Institute', 'Platform', 'InnovationCentre', 'Alliance', 'Fund', 'Park'] as const;

export const RELATIONSHIP_SPECS = {
  PLANS: { from: ['Plan'], to: ['Industry'], zh: '规划', en: 'plans' },
  // Where a plan is in force: a city's plan fills that city's 六个一 plan slot, not its neighbours'.
  APPLIES_TO: { from: ['Plan'], to: ['Region'], zh: '适用地区', en: 'applies to' },
  LEADS: { from: ['Enterprise'], to: ['Industry'], zh: '龙头带动', en: 'leads' },
  SERVES: {
    from: ['InnovationCentre', 'Alliance', 'Platform', 'Institute'],
    to: ['Industry'],
    zh: '服务',
    en: 'serves',
  },
  INVESTS_IN: { from: ['Fund'], to: ['Industry', 'Project', 'Enterprise'], zh: '投资', en: 'invests in' },
  HAS_LINK: { from: ['Industry'], to: ['ChainLink'], zh: '包含环节', en: 'has link' },
  FEEDS: { from: ['ChainLink'], to: ['ChainLink'], zh: '供给下游', en: 'feeds' },
  COVERS: {
    from: ['Enterprise', 'Platform', 'Institute', 'InnovationCentre'],
    to: ['ChainLink'],
    zh: '覆盖环节',
    en: 'covers',
  },
  SUBSECTOR_OF: { from: ['Industry'], to: ['Industry'], zh: '细分于', en: 'is a subsector of' },
  KEY_INDUSTRY_OF: { from: ['Industry'], to: ['Region'], zh: '重点产业', en: 'is a key industry of' },
  MEMBER_OF: { from: ['Enterprise', 'Institute'], to: ['Alliance'], zh: '成员', en: 'is a member of' },
  LOCATED_IN: { from: [...ORGANISATIONS, 'Project'], to: ['Region', 'Park'], zh: '位于', en: 'is located in' },
  PART_OF: { from: ['Region'], to: ['Region'], zh: '隶属', en: 'is part of' },
  PARTNERS_WITH: {
    from: ['Industry', 'Park', 'Institute', 'Enterprise', 'Platform', 'Region'],
    to: ['Institute', 'Platform', 'Enterprise', 'Region', 'Park'],
    zh: '合作',
    en: 'partners with',
  },
  CO_BUILT_WITH: { from: ['Park'], to: ['Region'], zh: '共建', en: 'is co-built with' },
  SPECIALISES_IN: { from: ['Park'], to: ['Industry'], zh: '主导产业', en: 'specialises in' },
  RESEARCHES: { from: ['Institute', 'Platform', 'InnovationCentre'], to: ['TechField'], zh: '研究', en: 'researches' },
  NEEDS: { from: ['Industry', 'ChainLink'], to: ['TechField'], zh: '需要技术', en: 'needs' },
  TARGET_FOR: { from: ['Target'], to: ['Indicator'], zh: '目标', en: 'is a target for' },
  MEASURES: { from: ['Measurement'], to: ['Indicator'], zh: '监测', en: 'measures' },
  PARTICIPATES_IN: { from: ['Enterprise', 'Institute'], to: ['Project'], zh: '参与', en: 'participates in' },
  // An indicator or target concerning an industry is that industry's: an industry briefing prints only these.
  CONCERNS: { from: ['Project', 'Plan', 'Indicator', 'Target'], to: ['Industry', 'TechField'], zh: '涉及', en: 'concerns' },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof RELATIONSHIP_SPECS;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_SPECS) as RelationshipType[];
export const RelationshipTypeSchema = z.enum(RELATIONSHIP_TYPES as [RelationshipType, ...RelationshipType[]]);

/** A relationship as stored in datasets and sent over the wire: typed, with both ends and provenance. */
export const Relationship = z
  .object({
    type: RelationshipTypeSchema,
    from: Slug,
    to: Slug,
    noteZh: z.string().trim().max(1000).optional(),
    noteEn: z.string().trim().max(1000).optional(),
  })
  .extend(Validity.shape)
  .extend(Provenance.shape);
export type Relationship = z.infer<typeof Relationship>;

/** Whether a relationship type may join these labels. */
export function allowsEndpoints(type: RelationshipType, fromLabel: NodeLabel, toLabel: NodeLabel): boolean {
  const spec: RelationshipSpec = RELATIONSHIP_SPECS[type];
  return spec.from.includes(fromLabel) && spec.to.includes(toLabel);
}
