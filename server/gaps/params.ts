// The parameters every rule query may use, built once from the configuration and the filter.
import type { GapConfig, GapRuleId, Severity } from '../../graph/model';
import { asOfYear } from './config';

/** What a caller may narrow the findings to; absent means everything. */
export interface GapFilter {
  ruleIds?: readonly GapRuleId[];
  industryIds?: readonly string[];
  regionIds?: readonly string[];
  severities?: readonly Severity[];
}

export interface RuleParams extends Record<string, unknown> {
  cityId: string;
  partnerRegionIds: string[];
  tiers: string[];
  rollUp: boolean;
  countyKinds: string[];
  year: number;
  researcherLabels: string[];
  industryIds: string[] | null;
  regionIds: string[] | null;
  /** Fewest firms (local and outside) a link needs not to be at risk of breaking. */
  minFirms: number;
  /** Ids of the local places (cypher.ts LOCAL_PLACES_QUERY), filled in by the engine before the rule queries run. */
  localPlaceIds: string[];
}

export interface RuleContext {
  config: GapConfig;
  params: RuleParams;
}

export function ruleContext(config: GapConfig, filter: GapFilter = {}, now: Date = new Date()): RuleContext {
  return {
    config,
    params: {
      cityId: config.cityId,
      partnerRegionIds: [...config.partnerRegionIds],
      tiers: [...config.sixOnes.tiers],
      rollUp: config.sixOnes.subsectors === 'roll-up',
      countyKinds: [...config.countyKinds],
      year: asOfYear(config, now),
      researcherLabels: [...config.innovation.researcherLabels],
      industryIds: filter.industryIds && filter.industryIds.length > 0 ? [...filter.industryIds] : null,
      regionIds: filter.regionIds && filter.regionIds.length > 0 ? [...filter.regionIds] : null,
      minFirms: config.chain.minFirms,
      localPlaceIds: [],
    },
  };
}
