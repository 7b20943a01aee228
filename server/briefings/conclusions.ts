// The summary's conclusions: three to five sentences computed from the briefing's figures (score, gaps by
// severity, the weakest industries, where the severe gaps concentrate, targets, changes or cases).
import { SEVERITIES, SEVERITY_NAMES, SIX_ONES_SLOTS, type Gap, type TargetProgress } from '../../graph/model';
import { scopeTitle } from './scopeTitle';
import { summaryTextFor, type NamedFigure, type SummaryText, type TargetTally } from './summaryText';
import { displayName, formatDateTime, formatNumber } from './text';
import type { Briefing } from './types';

/** Industries named as the weakest; rules named as where gaps concentrate; off-track targets named. */
const WEAKEST = 3;
const RULES_NAMED = 2;
export const OFF_TRACK_NAMED = 3;

export function conclusions(briefing: Briefing): string[] {
  const text = summaryTextFor(briefing.lang);
  return [
    scopeSentence(briefing, text),
    weakestSentence(briefing, text),
    concentrationSentence(briefing, text),
    targetsSentence(briefing, text),
    followUpSentence(briefing, text),
  ].filter((s): s is string => s !== null);
}

function scopeSentence(briefing: Briefing, text: SummaryText): string {
  const { summary, lang } = briefing;
  const { high, medium, low } = summary.gapsBySeverity;
  const only = briefing.industries.length === 1 ? briefing.industries[0] : undefined;
  if (only && briefing.scope.kind !== 'city') {
    const filled = SIX_ONES_SLOTS.filter((slot) => only.row.cells[slot].status === 'filled').length;
    return text.oneIndustrySentence(displayName(only.row.industry, lang), Math.round(only.row.score.total), filled, SIX_ONES_SLOTS.length, high + medium + low, high);
  }
  return text.scopeSentence(scopeTitle(briefing), summary.industries, Math.round(summary.averageScore), high + medium + low, high, medium, low);
}

/** The weakest industries and the strongest; for one industry, the weakest parts of its score. */
function weakestSentence(briefing: Briefing, text: SummaryText): string | null {
  const { lang } = briefing;
  const rows = briefing.industries.map((s) => s.row);
  const points = (n: number): string => (lang === 'zh' ? `${Math.round(n)} 分` : String(Math.round(n)));
  if (rows.length === 1) {
    const parts = [...(rows[0]?.score.parts ?? [])]
      .filter((p) => p.weight > 0)
      .sort((a, b) => a.fraction - b.fraction)
      .slice(0, 2)
      .map((p): NamedFigure => ({ name: lang === 'zh' ? p.labelZh : p.labelEn, figure: `${formatNumber(Math.round(p.points * 10) / 10)}/${formatNumber(p.weight)}` }));
    return parts.length > 0 ? text.weakestPartSentence(parts) : null;
  }
  if (rows.length < 2) return null;
  const sorted = [...rows].sort((a, b) => a.score.total - b.score.total);
  const weakest = sorted.slice(0, Math.min(WEAKEST, rows.length - 1));
  const strongest = sorted.at(-1);
  if (!strongest) return null;
  const named = (row: (typeof rows)[number]): NamedFigure => ({ name: displayName(row.industry, lang), figure: points(row.score.total) });
  return text.weakestSentence(weakest.map(named), named(strongest));
}

/** Where the most severe gaps concentrate: the rules with most gaps of the highest severity found. */
function concentrationSentence(briefing: Briefing, text: SummaryText): string {
  const { lang } = briefing;
  const severity = SEVERITIES.find((s) => briefing.summary.gapsBySeverity[s] > 0);
  if (!severity) return text.noGapsSentence;
  const counts = new Map<string, number>();
  for (const gap of briefing.allGaps.filter((g: Gap) => g.severity === severity)) counts.set(gap.ruleId, (counts.get(gap.ruleId) ?? 0) + 1);
  const rules = new Map(briefing.rules.map((r) => [r.id, lang === 'zh' ? r.titleZh : r.titleEn]));
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, RULES_NAMED);
  const unit = (n: number): string => (lang === 'zh' ? `${n} 项` : String(n));
  const quote = (title: string): string => (lang === 'zh' ? `“${title}”` : `"${title.toLowerCase()}"`);
  const word = lang === 'zh' ? SEVERITY_NAMES[severity].zh : SEVERITY_NAMES[severity].en.toLowerCase();
  return text.concentrationSentence(word, top.map(([rule, n]) => ({ name: quote(rules.get(rule as Gap['ruleId']) ?? rule), figure: unit(n) })));
}

export function targetTally(targets: readonly TargetProgress[]): TargetTally {
  const count = (status: TargetProgress['status']): number => targets.filter((t) => t.status === status).length;
  const qualitative = count('qualitative');
  return { quantitative: targets.length - qualitative, met: count('met'), onTrack: count('on-track'), offTrack: count('off-track'), noData: count('no-data'), qualitative };
}

function targetsSentence(briefing: Briefing, text: SummaryText): string {
  const { lang, targets } = briefing;
  if (targets.length === 0) return text.noTargetsSentence(scopeTitle(briefing));
  const offTrack = targets.filter((t) => t.status === 'off-track').slice(0, OFF_TRACK_NAMED).map((t) => targetName(t, lang));
  return text.targetsSentence(targetTally(targets), offTrack);
}

/** What changed since the last briefing when one is given; otherwise how the top problems are followed up. */
function followUpSentence(briefing: Briefing, text: SummaryText): string | null {
  const { changes, lang } = briefing;
  if (changes) {
    const since = formatDateTime(new Date(changes.since), lang);
    if (changes.total === 0) return text.noChangesSentence(since);
    const { gapsClosed, gapsOpened, scores } = changes.consequences;
    return text.changesSentence(since, changes.total, gapsClosed.length, gapsOpened.length, scores.length);
  }
  if (briefing.problems.length === 0) return null;
  const opened = briefing.problems.filter((p) => p.case !== null);
  return text.casesSentence(briefing.problems.length, opened.length, opened.filter((p) => p.case?.overdue).length);
}

/** A target as the summary names it: its indicator (or its own name for a qualitative goal) and year. */
export function targetName(t: TargetProgress, lang: Briefing['lang']): string {
  const name = displayName(t.indicator ?? t.target, lang);
  return lang === 'zh' ? `${name}（${t.target.year}年）` : `${name} (${t.target.year})`;
}
