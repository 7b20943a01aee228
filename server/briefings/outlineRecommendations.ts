// The summary's recommendations: the partners the gap engine suggests, each once with the gaps it would
// help close and its reason (推荐理由); for gaps with no candidate, which data would produce one, said
// once per kind of data instead of "no suggestion" on every row.
import type { Gap, Suggestion } from '../../graph/model';
import type { Block } from './outlineBlocks';
import { rankProblems } from './problems';
import { summaryTextFor } from './summaryText';
import { displayName } from './text';
import type { Briefing, BriefingLang } from './types';

/** Partners recommended in the summary; gaps named per partner and rule. */
const PARTNERS = 4;
const GAPS_NAMED = 3;

/** A suggestion's reason (推荐理由) in the language: its parts in words, else its line. */
export function suggestionReason(suggestion: Suggestion, lang: BriefingLang): string {
  const parts = suggestion.reasons.map((p) => p[lang]).filter((p) => p.length > 0);
  return parts.length > 0 ? parts.join(lang === 'zh' ? '；' : '; ') : lang === 'zh' ? suggestion.reasonZh : suggestion.reasonEn;
}

export function recommendationBlocks(briefing: Briefing): Block[] {
  const { lang } = briefing;
  const text = summaryTextFor(lang);
  const rows = briefing.industries.map((s) => s.row);
  const withCandidates = briefing.allGaps.filter((g) => g.suggestions.length > 0);
  const ranked = rankProblems(withCandidates, rows, withCandidates.length);

  // Each gap's first suggestion, grouped by partner in the order of the gaps they would help close.
  const byPartner = new Map<string, { partner: Suggestion; gaps: Gap[] }>();
  for (const gap of ranked) {
    const partner = gap.suggestions[0];
    if (!partner) continue;
    const entry = byPartner.get(partner.id) ?? { partner, gaps: [] };
    entry.gaps.push(gap);
    byPartner.set(partner.id, entry);
  }
  const rules = new Map(briefing.rules.map((r) => [r.id, lang === 'zh' ? r.titleZh : r.titleEn]));
  const items = [...byPartner.values()].slice(0, PARTNERS).map(({ partner, gaps }) => {
    const byRule = new Map<string, string[]>();
    for (const gap of gaps) byRule.set(gap.ruleId, [...(byRule.get(gap.ruleId) ?? []), displayName(gap.subject, lang)]);
    // A field several industries need is one name for several gaps.
    const closes = [...byRule]
      .map(([rule, subjects]) => {
        const names = [...new Set(subjects)];
        return text.closes(rules.get(rule as Gap['ruleId']) ?? rule, subjects.length, names.slice(0, GAPS_NAMED), names.length > GAPS_NAMED);
      })
      .join(lang === 'zh' ? '；' : '; ');
    return text.recommendation(displayName(partner, lang), closes, suggestionReason(partner, lang));
  });

  const blocks: Block[] = [{ kind: 'heading', level: 2, text: text.recommendationsHeading }];
  blocks.push(items.length > 0 ? { kind: 'list', items } : { kind: 'paragraph', text: text.noRecommendations });

  const without = briefing.allGaps.filter((g) => g.suggestions.length === 0);
  if (without.length === 0) return blocks;
  const kinds = new Map<string, number>();
  for (const gap of without) {
    const what = gap.missingData?.[lang];
    if (what) kinds.set(what, (kinds.get(what) ?? 0) + 1);
  }
  if (kinds.size === 0) return [...blocks, { kind: 'paragraph', text: text.noCandidateAtAll(without.length), tone: 'note' }];
  return [
    ...blocks,
    { kind: 'paragraph', text: text.missingIntro(without.length), tone: 'note' },
    { kind: 'list', items: [...kinds].sort((a, b) => b[1] - a[1]).map(([what, n]) => text.missingItem(what, n)) },
  ];
}
