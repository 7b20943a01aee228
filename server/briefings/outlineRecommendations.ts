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
const PARTNERS = 3;
const GAPS_NAMED = 3;

/** Reason parts the summary gives a partner: its strongest (the annex lists them all). */
const SUMMARY_REASONS = 2;

/** A suggestion's reason (推荐理由) in the language: its parts in words (at most `max`, by points), else its line. */
export function suggestionReason(suggestion: Suggestion, lang: BriefingLang, max = Infinity): string {
  const parts = [...suggestion.reasons]
    .sort((a, b) => b.points - a.points)
    .slice(0, max)
    .map((p) => p[lang])
    .filter((p) => p.length > 0);
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
    return text.recommendation(displayName(partner, lang), closes, suggestionReason(partner, lang, SUMMARY_REASONS));
  });

  const blocks: Block[] = [{ kind: 'heading', level: 2, text: text.recommendationsHeading }];
  blocks.push(items.length > 0 ? { kind: 'list', items } : { kind: 'paragraph', text: text.noRecommendations });

  return [...blocks, ...missingDataBlocks(briefing)];
}

/** Names of the gaps a kind of missing data stands for; the rest are counted. */
const SUBJECTS_NAMED = 2;

/** Kinds of missing data the summary spells out, the most gaps first; the rest are counted (two pages). */
const KINDS_SAID = 2;

/**
 * Gaps that want a candidate and have none, by the kind of data that would produce one. The engine's
 * missingData names the gap's own link or field before a colon and the data to record after it, so the
 * part after the colon is the kind: each kind is said once, with the gaps it stands for.
 */
function missingDataBlocks(briefing: Briefing): Block[] {
  const { lang } = briefing;
  const text = summaryTextFor(lang);
  const kinds = new Map<string, string[]>();
  let wanting = 0;
  for (const gap of briefing.allGaps) {
    const missing = gap.suggestions.length === 0 ? gap.missingData?.[lang] : undefined;
    if (!missing) continue;
    wanting += 1;
    const colon = Math.max(missing.lastIndexOf('：'), missing.lastIndexOf(': '));
    const kind = (colon >= 0 ? missing.slice(colon + (missing[colon] === '：' ? 1 : 2)) : missing).trim().replace(/[。.]$/, '');
    kinds.set(kind, [...(kinds.get(kind) ?? []), displayName(gap.subject, lang)]);
  }
  if (wanting === 0) return [];
  const sorted = [...kinds].sort((a, b) => b[1].length - a[1].length);
  const items = sorted.slice(0, KINDS_SAID).map(([kind, subjects]) => {
    const names = [...new Set(subjects)];
    return text.missingItem(kind, subjects.length, names.slice(0, SUBJECTS_NAMED), names.length > SUBJECTS_NAMED);
  });
  const rest = sorted.slice(KINDS_SAID);
  if (rest.length > 0) items.push(text.missingOthers(rest.length, rest.reduce((sum, [, subjects]) => sum + subjects.length, 0)));
  return [
    { kind: 'paragraph', text: text.missingIntro(wanting), tone: 'note' },
    { kind: 'list', items },
  ];
}
