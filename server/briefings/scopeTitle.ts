// What a briefing covers, as its cover and summary name it: the whole region, or the industries chosen.
import { wholeRegion } from './regionText';
import { displayName, textFor } from './text';
import type { Briefing } from './types';

export function scopeTitle(briefing: Pick<Briefing, 'lang' | 'scope' | 'region' | 'industries'>): string {
  const { lang } = briefing;
  if (briefing.scope.kind === 'city') return wholeRegion(briefing.region, lang);
  return briefing.industries.map((s) => displayName(s.row.industry, lang)).join(textFor(lang).listSeparator);
}
