// The targets section, and how a target and its latest measurement read; the overview's "behind"
// list uses the same wording.
import type { TargetProgress } from '../../graph/model';
import { columns, cell, type Block } from './outlineBlocks';
import { displayName, ILLUSTRATIVE_MARK, targetStatusLabel, withUnit, type BriefingText } from './text';
import type { BriefingLang } from './types';

/** Behind first: what needs attention; then met; then those without data. */
const TARGET_ORDER: TargetProgress['status'][] = ['behind', 'met', 'no-data'];

const COMPARATOR_SIGNS: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '≈' };

export function targetBlocks(targets: TargetProgress[], lang: BriefingLang, text: BriefingText): Block[] {
  if (targets.length === 0) return [{ kind: 'paragraph', text: text.noTargets, tone: 'note' }];
  return [
    {
      kind: 'table',
      columns: columns(text.targetColumns, [38, 24, 22, 16]),
      rows: [...targets].sort((a, b) => TARGET_ORDER.indexOf(a.status) - TARGET_ORDER.indexOf(b.status)).map((t) => [
        cell(displayName(t.indicator, lang)),
        cell(targetValue(t, lang, text)),
        cell(latestValue(t, lang, text)),
        cell(targetStatusLabel(t.status, lang), t.status === 'behind'),
      ]),
    },
  ];
}

export function targetValue(t: TargetProgress, lang: BriefingLang, text: BriefingText): string {
  const { target } = t;
  return text.targetValue(COMPARATOR_SIGNS[target.comparator] ?? target.comparator, withUnit(target.value, target.unit, lang), target.year);
}

export function latestValue(t: TargetProgress, lang: BriefingLang, text: BriefingText): string {
  if (!t.latest) return text.noData;
  const value = withUnit(t.latest.value, t.target.unit, lang);
  return `${text.latest(value, t.latest.year)}${t.latest.illustrative ? ILLUSTRATIVE_MARK[lang] : ''}`;
}
