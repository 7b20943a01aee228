// The targets section, and how a target and its latest measurement read; the overview's "off track"
// list uses the same wording. The status rule is printed under the table, so a reader can check it.
import { TARGET_STATUS_RULE, type TargetProgress } from '../../graph/model';
import { columns, cell, type Block } from './outlineBlocks';
import { displayName, ILLUSTRATIVE_MARK, targetStatusLabel, withUnit, type BriefingText } from './text';
import type { BriefingLang } from './types';

/** Off track first: what needs attention; then on track, met, without data; qualitative goals last. */
const TARGET_ORDER: TargetProgress['status'][] = ['off-track', 'on-track', 'met', 'no-data', 'qualitative'];

const COMPARATOR_SIGNS: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '≈' };

export function targetBlocks(targets: TargetProgress[], lang: BriefingLang, text: BriefingText): Block[] {
  if (targets.length === 0) return [{ kind: 'paragraph', text: text.noTargets, tone: 'note' }];
  return [
    {
      kind: 'table',
      columns: columns(text.targetColumns, [38, 24, 22, 16]),
      rows: [...targets].sort((a, b) => TARGET_ORDER.indexOf(a.status) - TARGET_ORDER.indexOf(b.status)).map((t) => [
        cell(displayName(t.indicator ?? t.target, lang)),
        cell(targetValue(t, lang, text)),
        cell(latestValue(t, lang, text)),
        cell(targetStatusLabel(t.status, lang), t.status === 'off-track'),
      ]),
    },
    { kind: 'paragraph', text: TARGET_STATUS_RULE[lang], tone: 'note' },
  ];
}

/** A quantitative goal as comparator, value and year; a qualitative one as its text and year. */
export function targetValue(t: TargetProgress, lang: BriefingLang, text: BriefingText): string {
  const { target } = t;
  if (target.value === null) {
    const words = (lang === 'zh' ? target.textZh : target.textEn) ?? displayName(target, lang);
    return text.targetValue('', words, target.year).trim();
  }
  return text.targetValue(COMPARATOR_SIGNS[target.comparator] ?? target.comparator, withUnit(target.value, target.unit, lang), target.year);
}

export function latestValue(t: TargetProgress, lang: BriefingLang, text: BriefingText): string {
  if (!t.latest) return t.status === 'qualitative' ? '—' : text.noData;
  const value = withUnit(t.latest.value, t.target.unit, lang);
  return `${text.latest(value, t.latest.year)}${t.latest.illustrative ? ILLUSTRATIVE_MARK[lang] : ''}`;
}
