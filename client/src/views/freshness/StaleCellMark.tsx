// The matrix cell's mark when one of its holders rests on a stale fact: the ⚠ shape and the word, so it
// reads without colour; the holders concerned are named on hover and to screen readers.
import type { NodeRef } from '../../../../graph/model';
import { useLang } from '../../i18n/lang';
import { useFreshnessText } from '../../i18n/freshnessStrings';
import './freshness.css';

export function StaleCellMark({ holders }: { holders: readonly (NodeRef & { stale?: boolean })[] }) {
  const lang = useLang();
  const s = useFreshnessText();
  const stale = holders.filter((h) => h.stale);
  if (stale.length === 0) return null;
  const names = stale.map((h) => lang.name(h)).join(lang.pick('、', ', '));
  const title = lang.pick(`${names}：${s('staleHolder')}`, `${names}: ${s('staleHolder')}`);
  return (
    <span className="stale-tag" data-testid="cell-stale" title={title}>
      <span aria-hidden="true">⚠</span> {s('stale')}
      <span className="visually-hidden">{lang.pick(`（${names}）`, ` (${names})`)}</span>
    </span>
  );
}
