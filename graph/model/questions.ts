// Named analyst questions (GET /api/questions): each a table (most built on the gap engine), with what a row
// links to and the facets it can be filtered by. The sort is shared, so screen and file agree.
import { z } from 'zod';
import { GapRuleId, Severity } from './gaps';

export const QuestionColumn = z.object({
  key: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  /** Another column whose values order this one (severity sorts by its rank, not by its words). */
  sortBy: z.string().optional(),
  /** An internal id kept in the files and the API for cross-reference; the screen does not show it. */
  internal: z.boolean().optional(),
  /** How the screen shows a cell: a web address as a link (http/https only), a date as written. */
  format: z.enum(['url', 'date']).optional(),
});
export type QuestionColumn = z.infer<typeof QuestionColumn>;

export const QuestionInfo = z.object({
  id: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  descriptionZh: z.string(),
  descriptionEn: z.string(),
  columns: z.array(QuestionColumn),
});
export type QuestionInfo = z.infer<typeof QuestionInfo>;

const NamedId = z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string() });

/** What a row is about: the industry whose chain it opens, the node it names, and its facets. */
export const QuestionRowRef = z.object({
  industry: NamedId.nullable(),
  node: z.object({ id: z.string(), label: z.string() }).nullable(),
  severity: Severity.nullable(),
  rule: GapRuleId.nullable(),
});
export type QuestionRowRef = z.infer<typeof QuestionRowRef>;

/** The values the rows can be filtered by, read before filtering so a filter never hides its own options. */
export const QuestionFacets = z.object({
  industries: z.array(NamedId),
  severities: z.array(Severity),
  rules: z.array(GapRuleId),
});
export type QuestionFacets = z.infer<typeof QuestionFacets>;

export const QUESTION_SORT_ORDERS = ['asc', 'desc'] as const;
export type QuestionSortOrder = (typeof QUESTION_SORT_ORDERS)[number];

/**
 * The most rows a question answers (GET /api/questions/:id?limit=, default and ceiling), so an answer stays
 * bounded however large the graph: a longer answer is cut and says `truncated`; filtering by industry
 * narrows it (a question that reads the graph itself filters there, before the cap).
 */
export const MAX_QUESTION_ROWS = 5000;

export const QuestionCell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type QuestionCell = z.infer<typeof QuestionCell>;
export const QuestionResult = QuestionInfo.extend({
  lang: z.enum(['zh', 'en']),
  rows: z.array(z.record(z.string(), QuestionCell)),
  /** refs[i] is what rows[i] is about. */
  refs: z.array(QuestionRowRef),
  facets: QuestionFacets,
  total: z.number().int(),
  /** The row cap this answer was read with (the request's limit). */
  limit: z.number().int(),
  /** True when more rows matched than `limit`: `rows` holds the first `limit` of them. */
  truncated: z.boolean(),
  notice: z.string(),
});
export type QuestionResult = z.infer<typeof QuestionResult>;

/** Severity as a number for sorting, in the files and on screen: high (3) > medium (2) > low (1). */
export const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

function compareCells(a: QuestionCell | undefined, b: QuestionCell | undefined, collator: Intl.Collator): number {
  const empty = (v: QuestionCell | undefined) => v === null || v === undefined || v === '';
  if (empty(a) || empty(b)) return Number(empty(a)) - Number(empty(b));
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

/**
 * Row indexes in the order of one column (through its sortBy column), empty cells last either way;
 * ties keep the engine's order. Chinese text sorts by pinyin, English alphabetically.
 */
export function sortedRowOrder(
  rows: readonly Record<string, QuestionCell>[],
  columns: readonly QuestionColumn[],
  key: string,
  order: QuestionSortOrder,
  lang: 'zh' | 'en',
): number[] {
  const column = columns.find((c) => c.key === key);
  const by = column?.sortBy ?? key;
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-Hans-CN-u-co-pinyin' : 'en', { numeric: true });
  const sign = order === 'asc' ? 1 : -1;
  const isEmpty = (v: QuestionCell | undefined) => v === null || v === undefined || v === '';
  return rows
    .map((_, index) => index)
    .sort((i, j) => {
      const a = rows[i]?.[by];
      const b = rows[j]?.[by];
      if (isEmpty(a) || isEmpty(b)) return compareCells(a, b, collator) || i - j;
      return sign * compareCells(a, b, collator) || i - j;
    });
}

/** Filters a question's rows take; each one left out matches every row. */
export interface QuestionFilters {
  industry?: string | null;
  severity?: string | null;
  rule?: string | null;
}

/** Whether a row is kept by the filters (the server's answer and the screen use the same test). */
export function rowMatches(ref: QuestionRowRef, filters: QuestionFilters): boolean {
  return (
    (!filters.industry || ref.industry?.id === filters.industry) &&
    (!filters.severity || ref.severity === filters.severity) &&
    (!filters.rule || ref.rule === filters.rule)
  );
}
