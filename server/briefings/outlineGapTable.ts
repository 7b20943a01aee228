// The gap table, shared by each industry section and the region-wide section, so a gap reads the same
// wherever the briefing lists it. Suggested partners follow the table, only for the gaps that have any:
// a column of "no suggestion" rows said nothing (the summary says once which data would produce one).
import type { Gap, GapRuleInfo } from '../../graph/model';
import { columns, cell, type Block } from './outlineBlocks';
import { suggestionReason } from './outlineRecommendations';
import { displayName, gapStatusLabel, severityLabel, type BriefingText } from './text';
import type { Briefing, BriefingLang } from './types';

/** Suggested partners shown per gap; the rest are in the app. */
const SUGGESTIONS_PER_GAP = 3;

const TEXT = {
  zh: { partners: (gap: string, partners: string) => `${gap}：建议合作方 ${partners}` },
  en: { partners: (gap: string, partners: string) => `${gap}: suggested partners ${partners}` },
} satisfies Record<BriefingLang, unknown>;

/** One row per gap (severity, what is missing and where, why it matters), then who could help with which. */
export function gapBlocks(gaps: Gap[], briefing: Briefing, text: BriefingText, withSubjectKind: boolean): Block[] {
  const { lang } = briefing;
  const rules = new Map<string, GapRuleInfo>(briefing.rules.map((r) => [r.id, r]));
  const industryName = new Map(briefing.industries.map((s) => [s.row.industry.id, displayName(s.row.industry, lang)]));
  const subjectOf = (gap: Gap): string => {
    const subject = displayName(gap.subject, lang);
    const where = gap.industryId && gap.industryId !== gap.subject.id ? industryName.get(gap.industryId) : undefined;
    return withSubjectKind || !where ? subject : `${subject}${text.inParentheses(where)}`;
  };
  const table: Block = {
    kind: 'table',
    columns: columns(text.gapColumns, [13, 30, 57]),
    rows: gaps.map((gap) => {
      const rule = rules.get(gap.ruleId);
      return [
        cell(severityLabel(gap.severity, lang), true),
        { lines: [rule ? (lang === 'zh' ? rule.titleZh : rule.titleEn) : gap.ruleId, subjectOf(gap)] },
        {
          lines: [
            lang === 'zh' ? gap.explanationZh : gap.explanationEn,
            `[${gapStatusLabel(gap.status, lang)}]${gap.illustrative ? text.restsOnIllustrative : ''}`,
          ],
        },
      ];
    }),
  };
  const suggested = gaps
    .filter((gap) => gap.suggestions.length > 0)
    .map((gap) => {
      const partners = gap.suggestions.slice(0, SUGGESTIONS_PER_GAP).map((s) => {
        const reason = suggestionReason(s, lang);
        return reason ? `${displayName(s, lang)}${text.inParentheses(reason)}` : displayName(s, lang);
      });
      return TEXT[lang].partners(subjectOf(gap), partners.join(text.semicolon));
    });
  return suggested.length > 0 ? [table, { kind: 'list', items: suggested }] : [table];
}
