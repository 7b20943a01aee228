// Builds a question that lists the gaps of one rule (or of every rule), one row per gap. The rows come
// from the gap engine, so the question always agrees with GET /api/gaps.
import { SEVERITY_RANK, type GapRuleId, type QuestionColumn, type QuestionInfo, type QuestionRowRef } from '../../graph/model';
import { computeGaps } from '../gaps/service';
import { gapIndustry, SEVERITY_TEXT, type QuestionRow } from './format';
import { COLUMNS, type QuestionDefinition } from './question';

export type EngineGap = Awaited<ReturnType<typeof computeGaps>>[number];

/** Columns every gap-based question ends with. */
export const GAP_TAIL = [COLUMNS.severity, COLUMNS.severityRank, COLUMNS.explanation, COLUMNS.illustrative, COLUMNS.gapId];

export function gapTail(gap: EngineGap): QuestionRow {
  return {
    severity: SEVERITY_TEXT[gap.severity],
    severityRank: SEVERITY_RANK[gap.severity],
    explanation: { zh: gap.explanationZh, en: gap.explanationEn },
    illustrative: gap.illustrative ?? false,
    gapId: gap.id,
  };
}

/** A gap opens its industry's chain at its subject, or the subject's own page when it has no industry. */
export function gapRef(gap: EngineGap): QuestionRowRef {
  const industry = gapIndustry(gap);
  return {
    industry: industry ? { id: industry.id, nameZh: industry.nameZh, nameEn: industry.nameEn } : null,
    node: { id: gap.subject.id, label: gap.subject.label },
    severity: gap.severity,
    rule: gap.ruleId,
  };
}

export function gapQuestion(
  info: Omit<QuestionInfo, 'columns'> & { rule?: GapRuleId; columns: QuestionColumn[] },
  row: (gap: EngineGap) => QuestionRow,
): QuestionDefinition {
  const { rule, columns, ...rest } = info;
  return {
    ...rest,
    columns: [...columns, ...GAP_TAIL],
    rows: async (db, options) => {
      const gaps = await computeGaps(db, rule ? { ruleIds: [rule] } : {}, options);
      return gaps.map((gap) => ({ cells: { ...row(gap), ...gapTail(gap) }, ref: gapRef(gap) }));
    },
  };
}
