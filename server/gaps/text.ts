// Small helpers for the bilingual one-line explanations.
import { markedName, type NodeRef } from '../../graph/model';

const LIST_LIMIT = 4;

/** 「A」、「B」 等 3 个 — names in Chinese (an illustrative one marked （示例）, its one mark), the rest counted. */
export function namesZh(refs: readonly NodeRef[], limit = LIST_LIMIT): string {
  const shown = refs.slice(0, limit).map((r) => `「${markedName(r, 'zh')}」`).join('、');
  return refs.length > limit ? `${shown}等 ${refs.length} 个` : shown;
}

/** "A", "B" and 3 more — names in English (an illustrative one marked), the rest counted. */
export function namesEn(refs: readonly NodeRef[], limit = LIST_LIMIT): string {
  const shown = refs
    .slice(0, limit)
    .map((r) => `"${markedName(r, 'en')}"`)
    .join(', ');
  return refs.length > limit ? `${shown} and ${refs.length - limit} more` : shown;
}

/** Rounds for display: whole numbers stay whole, others keep up to two decimals. */
export function num(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}
