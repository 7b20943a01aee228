// The data notes' freshness part: how many facts of the briefing may be stale (by kind, with each kind's
// threshold), how many have no date, and the oldest facts, so a reader knows what to check before quoting.
import { NODE_LABEL_NAMES, RELATIONSHIP_SPECS, type NodeLabel, type RelationshipType } from '../../graph/model';
import type { BriefingFreshness } from '../freshness/briefingNotes';
import type { Block } from './outlineBlocks';
import type { BriefingLang } from './types';

function kindName(kind: 'node' | 'relationship', label: string, lang: BriefingLang): string {
  const names: { zh: string; en: string } | undefined =
    kind === 'node' ? NODE_LABEL_NAMES[label as NodeLabel] : RELATIONSHIP_SPECS[label as RelationshipType];
  return names ? names[lang] : label;
}

const TEXT = {
  zh: {
    heading: '数据时效',
    summary: (facts: number, stale: number, undated: number) =>
      `本简报依据的 ${facts} 条事实中，${stale} 条可能过时（超过所属类型的更新阈值），${undated} 条未注明观察日期（时效未知）。`,
    rule: '只写年份或年月的日期按其最后一天计算，因此标为过时的事实确已超期。',
    none: '没有超过阈值的事实。',
    byKind: (name: string, count: number, months: number) => `${name}：${count} 条（阈值 ${months} 个月）`,
    oldestHeading: '最早观察的事实',
    oldest: (name: string, kind: string, date: string, months: number, stale: boolean) =>
      `${name}（${kind}）：观察于 ${date}，已 ${months} 个月${stale ? '，可能过时' : ''}`,
  },
  en: {
    heading: 'Data freshness',
    summary: (facts: number, stale: number, undated: number) =>
      `Of the ${facts} facts this briefing rests on, ${stale} may be stale (past the threshold of their kind) and ${undated} have no observation date (freshness unknown).`,
    rule: 'A date given as a year or a month counts from its last day, so a fact marked stale is certainly past its threshold.',
    none: 'No fact is past its threshold.',
    byKind: (name: string, count: number, months: number) => `${name}: ${count} (threshold ${months} months)`,
    oldestHeading: 'Oldest facts',
    oldest: (name: string, kind: string, date: string, months: number, stale: boolean) =>
      `${name} (${kind}): observed ${date}, ${months} months ago${stale ? ', may be stale' : ''}`,
  },
} as const;

export function freshnessBlocks(freshness: BriefingFreshness | undefined, lang: BriefingLang): Block[] {
  if (!freshness) return [];
  const text = TEXT[lang];
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: text.heading },
    { kind: 'paragraph', text: `${text.summary(freshness.facts, freshness.stale, freshness.undated)} ${text.rule}`, tone: freshness.stale > 0 ? 'warning' : 'normal' },
    freshness.staleByLabel.length > 0
      ? { kind: 'list', items: freshness.staleByLabel.map((s) => text.byKind(kindName(s.kind, s.label, lang), s.stale, s.thresholdMonths)) }
      : { kind: 'paragraph', text: text.none },
  ];
  if (freshness.oldest.length > 0) {
    blocks.push({ kind: 'paragraph', text: text.oldestHeading });
    blocks.push({
      kind: 'list',
      items: freshness.oldest.map((f) =>
        text.oldest(lang === 'zh' ? f.nameZh : f.nameEn, kindName(f.kind, f.label, lang), f.observedAt, f.ageMonths, f.stale),
      ),
    });
  }
  return blocks;
}
