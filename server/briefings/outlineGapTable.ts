// The gap table, shared by the overview (most severe gaps), each industry section and the city-wide
// section, so a gap reads the same wherever the briefing lists it.
import type { Gap, GapRuleInfo } from '../../graph/model';
import { columns, cell, type Block } from './outlineBlocks';
import { displayName, gapStatusLabel, severityLabel, type BriefingText } from './text';
import type { Briefing } from './types';

/** Suggested partners shown per gap; the rest are in the app. */
const SUGGESTIONS_PER_GAP = 3;

/** One row per gap: severity, what is missing and where, why it matters, and who could help. */
export function gapTable(gaps: Gap[], briefing: Briefing, text: BriefingText, withSubjectKind: boolean): Block {
  const { lang } = briefing;
  const rules = new Map<string, GapRuleInfo>(briefing.rules.map((r) => [r.id, r]));
  const industryName = new Map(briefing.industries.map((s) => [s.row.industry.id, displayName(s.row.industry, lang)]));
  return {
    kind: 'table',
    columns: columns(text.gapColumns, [12, 25, 37, 26]),
    rows: gaps.map((gap) => {
      const rule = rules.get(gap.ruleId);
      const title = rule ? (lang === 'zh' ? rule.titleZh : rule.titleEn) : gap.ruleId;
      const subject = displayName(gap.subject, lang);
      const where = gap.industryId && gap.industryId !== gap.subject.id ? industryName.get(gap.industryId) : undefined;
      const suggestions = gap.suggestions.slice(0, SUGGESTIONS_PER_GAP).map((s) => {
        const reason = lang === 'zh' ? s.reasonZh : s.reasonEn;
        return reason ? `${displayName(s, lang)}${text.colon}${reason}` : displayName(s, lang);
      });
      return [
        cell(severityLabel(gap.severity, lang), true),
        { lines: [title, withSubjectKind || !where ? subject : `${subject}${text.inParentheses(where)}`] },
        {
          lines: [
            lang === 'zh' ? gap.explanationZh : gap.explanationEn,
            `[${gapStatusLabel(gap.status, lang)}]${gap.illustrative ? text.restsOnIllustrative : ''}`,
          ],
        },
        { lines: suggestions.length > 0 ? suggestions : [text.noSuggestion] },
      ];
    }),
  };
}
