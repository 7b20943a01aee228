// Builds a question that lists the gaps of one rule, one row per gap. The rows come from the gap
// engine, so the question always agrees with GET /api/gaps.
import type { GapRuleId, QuestionColumn, QuestionInfo } from '../../graph/model';
import { computeGaps } from '../gaps/service';
import { SEVERITY_TEXT, type QuestionRow } from './format';
import { COLUMNS, type QuestionDefinition } from './question';

type EngineGap = Awaited<ReturnType<typeof computeGaps>>[number];

/** Columns every gap-based question ends with. */
const GAP_TAIL = [COLUMNS.severity, COLUMNS.explanation, COLUMNS.illustrative, COLUMNS.gapId];

function gapTail(gap: EngineGap): QuestionRow {
  return {
    severity: SEVERITY_TEXT[gap.severity],
    explanation: { zh: gap.explanationZh, en: gap.explanationEn },
    illustrative: gap.illustrative ?? false,
    gapId: gap.id,
  };
}

export function gapQuestion(
  info: Omit<QuestionInfo, 'columns'> & { rule: GapRuleId; columns: QuestionColumn[] },
  row: (gap: EngineGap) => QuestionRow,
): QuestionDefinition {
  const { rule, columns, ...rest } = info;
  return {
    ...rest,
    columns: [...columns, ...GAP_TAIL],
    rows: async (db, options) => {
      const gaps = await computeGaps(db, { ruleIds: [rule] }, options);
      return gaps.map((gap) => ({ ...row(gap), ...gapTail(gap) }));
    },
  };
}
