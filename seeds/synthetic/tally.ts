// Counts the industry gaps the generator planted, from its own plan (not from the engine): what each
// rule must find. Region, park and target gaps are counted where they are planted.
import { SIX_ONES_SLOTS, type GapRuleId, type SixOnesSlot } from '../../graph/model';
import { allIndustries, allLinks, type World } from './world';

const SLOT_RULES: Record<Exclude<SixOnesSlot, 'platforms'>, GapRuleId> = {
  plan: 'six-ones-plan',
  leadFirm: 'six-ones-lead-firm',
  innovationCentre: 'six-ones-innovation-centre',
  alliance: 'six-ones-alliance',
  fund: 'six-ones-fund',
};

export function tallyIndustryGaps(world: World): void {
  const industries = allIndustries(world);
  const links = allLinks(world);
  const planted = world.planted;
  for (const slot of SIX_ONES_SLOTS) {
    if (slot === 'platforms') continue;
    planted[SLOT_RULES[slot]] = industries.filter((i) => i.lacks.has(slot)).length;
  }
  // A set needs two platforms and every link covered by a platform or an institute.
  planted['six-ones-platform-set'] = industries.filter(
    (i) => i.platforms < 2 || i.links.some((l) => l.kind === 'empty' || l.kind === 'weak'),
  ).length;
  const kind = (k: string): number => links.filter((l) => l.kind === k).length;
  // A link is counted once, under its most severe rule: outside-only links are missing (high), not also
  // at risk (medium); single-firm links have an institute, so they are at risk only (gapConfig.ts pins
  // the severities this relies on).
  planted['chain-missing-link'] = kind('empty') + kind('outsideOnly');
  planted['chain-break-risk'] = kind('single');
  planted['chain-weak-link'] = kind('weak');
  planted['partner-none'] = industries.filter((i) => !i.partnered).length;

  // (industry, field) pairs where the industry or one of its links needs a field nobody local researches.
  const industryOfLink = new Map(links.map((l) => [l.id, l.industry.id]));
  const pairs = new Set<string>();
  for (const need of world.graph.relationships.get('NEEDS') ?? []) {
    if (!world.uncoveredFields.has(need.to)) continue;
    pairs.add(`${industryOfLink.get(need.from) ?? need.from}|${need.to}`);
  }
  planted['innovation-uncovered-field'] = pairs.size;
}
