// The question table's view in the URL (?industry=&severity=&rule=&sort=&order=), so a filtered,
// sorted table can be bookmarked, and the same view passed on to the CSV / Excel download.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { QuestionRowRef, QuestionSortOrder } from '../../../../graph/model';

export const FILTER_KEYS = ['industry', 'severity', 'rule'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface QuestionView {
  industry: string | null;
  severity: string | null;
  rule: string | null;
  sort: string | null;
  order: QuestionSortOrder;
}

export function useQuestionView(): [QuestionView, (patch: Partial<QuestionView>) => void] {
  const [params, setParams] = useSearchParams();
  const view: QuestionView = {
    industry: params.get('industry'),
    severity: params.get('severity'),
    rule: params.get('rule'),
    sort: params.get('sort'),
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
  };
  const update = useCallback(
    (patch: Partial<QuestionView>) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(patch)) {
          if (value === null || value === undefined || value === '') next.delete(key);
          else next.set(key, value);
        }
        if (next.get('order') === 'asc') next.delete('order');
        return next;
      });
    },
    [setParams],
  );
  return [view, update];
}

/** The query string the API reads for this view: the filters, and the sort when it names a column. */
export function viewQuery(view: QuestionView, columnKeys: readonly string[] | null): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = view[key];
    if (value) query.set(key, value);
  }
  if (view.sort && columnKeys?.includes(view.sort)) {
    query.set('sort', view.sort);
    if (view.order === 'desc') query.set('order', 'desc');
  }
  return query;
}

/**
 * Where a row leads: its industry's chain (at its subject when the subject is not the industry
 * itself), or the subject's own page when it belongs to no industry.
 */
export function rowPath(ref: QuestionRowRef | undefined): string | null {
  if (!ref) return null;
  if (ref.industry) {
    const chain = `/industries/${encodeURIComponent(ref.industry.id)}`;
    if (!ref.node || ref.node.id === ref.industry.id) return chain;
    return `${chain}?node=${encodeURIComponent(ref.node.id)}`;
  }
  return ref.node ? `/nodes/${encodeURIComponent(ref.node.id)}` : null;
}
