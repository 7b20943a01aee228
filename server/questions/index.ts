// Analyst questions: list them, answer one as rows in a language (filtered and sorted as asked), or as a
// downloadable table.
import type { Database } from '../../graph/db/database';
import {
  DATA_GAP_NOTICE,
  GAP_RULE_IDS,
  MAX_QUESTION_ROWS,
  rowMatches,
  SEVERITIES,
  sortedRowOrder,
  type QuestionFacets,
  type QuestionInfo,
  type QuestionResult,
  type QuestionSortOrder,
} from '../../graph/model';
import { errors } from '../errors';
import type { ExportTable } from '../export';
import { assertKnownIds } from '../gaps/checkIds';
import type { EngineOptions } from '../gaps/service';
import { QUESTIONS, type QuestionDefinition } from './definitions';
import { localize, type Lang } from './format';
import type { AnswerRow } from './question';

export { findQuestion, QUESTIONS, type QuestionDefinition } from './definitions';
export type { Lang } from './format';

export function questionInfo(q: QuestionDefinition): QuestionInfo {
  return {
    id: q.id,
    titleZh: q.titleZh,
    titleEn: q.titleEn,
    descriptionZh: q.descriptionZh,
    descriptionEn: q.descriptionEn,
    columns: q.columns,
  };
}

export function listQuestions(): QuestionInfo[] {
  return QUESTIONS.map(questionInfo);
}

/** Which rows to keep and how to order them; every filter is optional. */
export interface AnswerView {
  industry?: string;
  severity?: (typeof SEVERITIES)[number];
  rule?: (typeof GAP_RULE_IDS)[number];
  sort?: string;
  order?: QuestionSortOrder;
  /** Row cap (MAX_QUESTION_ROWS when absent): the first rows in order, and truncated when there were more. */
  limit?: number;
}

function facetsOf(rows: readonly AnswerRow[]): QuestionFacets {
  const industries = new Map<string, QuestionFacets['industries'][number]>();
  for (const { ref } of rows) if (ref.industry && !industries.has(ref.industry.id)) industries.set(ref.industry.id, ref.industry);
  return {
    industries: [...industries.values()],
    severities: SEVERITIES.filter((s) => rows.some((r) => r.ref.severity === s)),
    rules: GAP_RULE_IDS.filter((id) => rows.some((r) => r.ref.rule === id)),
  };
}

export async function answerQuestion(
  db: Database,
  question: QuestionDefinition,
  lang: Lang,
  view: AnswerView = {},
  options: EngineOptions = {},
): Promise<QuestionResult> {
  if (view.sort !== undefined && !question.columns.some((c) => c.key === view.sort)) {
    const keys = question.columns.map((c) => c.key).join(', ');
    throw errors.validation([
      {
        field: 'query.sort',
        reason: `"${view.sort}" is not a column of question ${question.id}; one of: ${keys}`,
        reasonZh: `「${view.sort}」不是问题 ${question.id} 的列，应为以下之一：${keys}`,
      },
    ]);
  }
  // An industry filter must name an industry: a typo is a 400, not an empty table.
  if (view.industry !== undefined) await assertKnownIds(db, { industry: [view.industry] });
  const limit = view.limit ?? MAX_QUESTION_ROWS;
  const all = await question.rows(db, options, { industry: view.industry, limit });
  const kept = all.filter((row) => rowMatches(row.ref, view));
  let rows = kept.map((row) => localize(row.cells, lang));
  let refs = kept.map((row) => row.ref);
  if (view.sort !== undefined) {
    const order = sortedRowOrder(rows, question.columns, view.sort, view.order ?? 'asc', lang);
    rows = order.map((i) => rows[i]!);
    refs = order.map((i) => refs[i]!);
  }
  const truncated = rows.length > limit;
  rows = rows.slice(0, limit);
  refs = refs.slice(0, limit);
  const facets = question.industries ? { ...facetsOf(all), industries: await question.industries(db, options) } : facetsOf(all);
  return { ...questionInfo(question), lang, rows, refs, facets, total: rows.length, limit, truncated, notice: DATA_GAP_NOTICE[lang] };
}

/** The answer as a table with headers in the reader's language, and notes for the Excel "about" sheet. */
export function answerTable(answer: QuestionResult, generatedAt: Date = new Date(), asOf?: string): ExportTable {
  const zh = answer.lang === 'zh';
  const title = zh ? answer.titleZh : answer.titleEn;
  return {
    title,
    columns: answer.columns.map((c) => ({ key: c.key, header: zh ? c.titleZh : c.titleEn })),
    rows: answer.rows,
    booleans: zh ? { yes: '是', no: '否' } : { yes: 'yes', no: 'no' },
    notes: [
      title,
      zh ? answer.descriptionZh : answer.descriptionEn,
      answer.notice,
      ...(asOf ? [asOfNote(asOf, answer.lang)] : []),
      ...(answer.truncated ? [truncationNote(answer.limit, answer.lang)] : []),
      `${zh ? '生成时间' : 'Generated'}: ${generatedAt.toISOString()} · innochain · ${zh ? '问题编号' : 'question'} ${answer.id}`,
    ],
  };
}

/** Said wherever a cut answer is shown or saved. */
export function truncationNote(limit: number, lang: Lang): string {
  return lang === 'zh'
    ? `仅含前 ${limit} 行：符合条件的行更多，未全部列出；按产业筛选可缩小范围。`
    : `Only the first ${limit} rows: more rows matched and are not listed; filter by industry to narrow the question.`;
}

/** Said in a download read as of a date: the graph it answers from. */
export function asOfNote(asOf: string, lang: Lang): string {
  return lang === 'zh' ? `截至 ${asOf} 的记录` : `As recorded on ${asOf}`;
}
