// Words of the freshness page and of the detail panel's staleness mark, Chinese and English.
import { useLang } from './lang';

export const FRESHNESS_STRINGS = {
  nav: { zh: '数据时效', en: 'Freshness' },
  title: { zh: '数据时效', en: 'Data freshness' },
  intro: {
    zh: '每条事实（节点或关系）的时长从其观察日期算起；没有观察日期的，从系统记录的最后一次修改算起。超过所属类型的阈值即“可能过时”，应核实更新。只写年份或年月的日期按其最后一天计算（“2023”从 2023-12-31 起算），因此只有确实超期的才标为过时。两者都没有的事实单独列出，不算作最新。',
    en: 'Each fact (a node or a relationship) ages from the day it was observed, or, without that date, from its last change recorded here; past the threshold of its kind it may be stale and should be checked. A date given as a year or a month counts from its last day ("2023" from 31 Dec 2023), so only facts certainly past their threshold are called stale. Facts with neither date are listed apart and never counted as fresh.',
  },
  /** {name}: the region. */
  scopeRegion: { zh: '范围：{name}（其地区、园区、位于其中的机构及其关系）', en: 'Scope: {name} (its regions and parks, what is located in them, and their relationships)' },
  scopeAll: { zh: '范围：全图', en: 'Scope: the whole graph' },
  /** {at}: the day ages are counted to. */
  countedTo: { zh: '计算日期：{at}', en: 'Ages counted to {at}' },
  totals: { zh: '共 {facts} 条事实：{stale} 条可能过时，{undated} 条无日期。', en: '{facts} facts: {stale} may be stale, {undated} undated.' },
  /** {n}: facts aged from their last recorded change. */
  byChangeNote: { zh: '其中 {n} 条没有观察日期，按最后一次记录的修改计算时长。', en: 'Of these, {n} have no observation date and are aged from their last recorded change.' },
  byLabel: { zh: '按类型', en: 'By kind' },
  bySource: { zh: '按来源', en: 'By source' },
  kind: { zh: '类型', en: 'Kind' },
  node: { zh: '节点', en: 'node' },
  relationship: { zh: '关系', en: 'relationship' },
  threshold: { zh: '阈值', en: 'Threshold' },
  facts: { zh: '事实数', en: 'Facts' },
  stale: { zh: '可能过时', en: 'May be stale' },
  undated: { zh: '无日期', en: 'Undated' },
  byChange: { zh: '按修改计', en: 'By last change' },
  oldest: { zh: '最早日期', en: 'Oldest' },
  median: { zh: '时长中位数', en: 'Median age' },
  sourceKind: { zh: '来源类型', en: 'Source kind' },
  origin: { zh: '数据集或导入文件', en: 'Dataset or import file' },
  noOrigin: { zh: '（无）', en: '(none)' },
  renew: { zh: '应更新的事实', en: 'Facts to renew' },
  renewIntro: { zh: '超期最久的排在前面。', en: 'Most overdue first.' },
  undatedList: { zh: '无日期的事实', en: 'Undated facts' },
  undatedIntro: {
    zh: '既无观察日期、也无修改记录（如在本系统开始记录历史之前载入）。补上观察日期后才能判断是否过时。',
    en: 'Neither an observation date nor a recorded change (loaded before this system began keeping history, say). Add the date each was observed so its freshness can be judged.',
  },
  fact: { zh: '事实', en: 'Fact' },
  observed: { zh: '起算日期', en: 'Aged from' },
  basisObserved: { zh: '观察', en: 'observed' },
  basisChanged: { zh: '最后修改', en: 'last change' },
  age: { zh: '时长', en: 'Age' },
  overdue: { zh: '超期', en: 'Overdue' },
  source: { zh: '来源', en: 'Source' },
  /** {shown} of {total}. */
  truncated: { zh: '仅列出 {shown} 条（共 {total} 条），完整清单请下载。', en: '{shown} of {total} listed; download for more.' },
  none: { zh: '没有。', en: 'None.' },
  download: { zh: '下载：', en: 'Download: ' },
  months: { zh: '{n} 个月', en: '{n} months' },
  days: { zh: '{n} 天', en: '{n} days' },
  // The detail panel's mark.
  mayBeStale: { zh: '可能过时', en: 'May be stale' },
  /** {observed}, {age}, {threshold}. */
  staleDetail: { zh: '观察于 {observed}，已 {age}，超过{label}的阈值 {threshold}', en: 'observed {observed}, {age} ago, past the threshold of {threshold} for {label}' },
  freshDetail: { zh: '观察于 {observed}，已 {age}（阈值 {threshold}）', en: 'observed {observed}, {age} ago (threshold {threshold})' },
  undatedMark: { zh: '无观察日期，时效未知', en: 'No observation date: freshness unknown' },
  // The matrix's mark on a holder.
  staleHolder: { zh: '含可能过时的事实', en: 'rests on a fact that may be stale' },
} as const;

export type FreshnessStringKey = keyof typeof FRESHNESS_STRINGS;

/** The strings in the reader's language, with {placeholders} filled. */
export function useFreshnessText(): (key: FreshnessStringKey, values?: Record<string, string | number>) => string {
  const { lang } = useLang();
  return (key, values) => {
    let text: string = FRESHNESS_STRINGS[key][lang];
    for (const [name, value] of Object.entries(values ?? {})) text = text.replaceAll(`{${name}}`, String(value));
    return text;
  };
}
