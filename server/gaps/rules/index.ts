// Every rule's definition, in the order of GAP_RULE_IDS (the order lists and tables use).
import { GAP_RULE_IDS, SIX_ONES_SLOTS, type GapRuleId } from '../../../graph/model';
import type { RuleDefinition } from '../gap';
import { CHAIN_RULES } from './chainLinks';
import { INNOVATION_RULE } from './innovationFields';
import { PARK_SPECIALITY_RULE } from './parkSpeciality';
import { PARTNER_RULE } from './partners';
import { CO_BUILT_RULE } from './regionCoBuiltParks';
import { HIGH_TECH_ZONE_RULE } from './regionHighTechZones';
import { SIX_ONES_RULES } from './sixOnes';
import { TARGET_RULES } from './targets';

export const RULE_DEFINITIONS: readonly RuleDefinition[] = [
  ...SIX_ONES_SLOTS.map((slot) => SIX_ONES_RULES[slot]),
  CHAIN_RULES.missing,
  CHAIN_RULES.breakRisk,
  CHAIN_RULES.weak,
  INNOVATION_RULE,
  PARTNER_RULE,
  CO_BUILT_RULE,
  HIGH_TECH_ZONE_RULE,
  PARK_SPECIALITY_RULE,
  TARGET_RULES.offTrack,
  TARGET_RULES.noData,
].sort((a, b) => GAP_RULE_IDS.indexOf(a.id) - GAP_RULE_IDS.indexOf(b.id));

export function ruleDefinition(id: GapRuleId): RuleDefinition {
  const rule = RULE_DEFINITIONS.find((r) => r.id === id);
  if (!rule) throw new Error(`gap rule ${id} has no definition`);
  return rule;
}

/** Which facts each rule is computed from: the service loads only what the requested rules need. */
export type FactSet = 'sixOnes' | 'links' | 'linkCandidates' | 'needs' | 'candidates' | 'partners' | 'coBuilt' | 'highTech' | 'parks' | 'targets';

export const FACTS_FOR_RULE: Record<GapRuleId, readonly FactSet[]> = {
  'six-ones-plan': ['sixOnes'],
  'six-ones-lead-firm': ['sixOnes'],
  'six-ones-innovation-centre': ['sixOnes'],
  'six-ones-alliance': ['sixOnes'],
  'six-ones-fund': ['sixOnes'],
  'six-ones-platform-set': ['sixOnes'],
  // links before linkCandidates: the candidates are read for the gap links only.
  'chain-missing-link': ['links', 'linkCandidates'],
  'chain-break-risk': ['links', 'linkCandidates'],
  'chain-weak-link': ['links', 'linkCandidates'],
  'innovation-uncovered-field': ['needs', 'candidates'],
  'partner-none': ['partners', 'needs', 'candidates'],
  'region-no-co-built-park': ['coBuilt'],
  'region-no-high-tech-zone': ['highTech'],
  'park-speciality': ['parks'],
  'target-off-track': ['targets'],
  'target-no-data': ['targets'],
};

/** Rules whose gaps belong to an industry (the others are about regions, parks and targets). */
export const INDUSTRY_RULES: ReadonlySet<GapRuleId> = new Set(
  GAP_RULE_IDS.filter((id) => id.startsWith('six-ones-') || id.startsWith('chain-') || id === 'innovation-uncovered-field' || id === 'partner-none'),
);

/**
 * Fact sets only a list of gaps needs, not a count of them: the matrix and the summary (whose top gaps
 * then carry no chain-link candidates; GET /api/gaps does) skip them, so the region map's summary per
 * county and the matrix do not pay for candidates.
 */
export const CANDIDATE_SETS: ReadonlySet<FactSet> = new Set<FactSet>(['linkCandidates']);
