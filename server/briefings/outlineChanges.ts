// 与上期相比 / Since <date>: what was recorded since the last briefing (the `since` option) and what it
// did to the analysis: counts of facts added, changed and ended with the latest of them, gaps closed and
// opened, scores that moved, targets whose status changed (server/changes).
import type { ChangesView, FactChange, Gap, GapRuleInfo } from '../../graph/model';
import type { Block } from './outlineBlocks';
import { formatDateTime, formatNumber, targetStatusLabel } from './text';
import type { BriefingLang } from './types';

/** Facts listed by name; the rest are counted. */
const FACTS_LISTED = 10;

const TEXT = {
  zh: {
    heading: (since: string) => `与上期相比（自 ${since} 以来）`,
    counts: (add: number, change: number, end: number) => `此期间记录了 ${add} 项新增、${change} 项修改、${end} 项删除。`,
    none: '此期间没有记录到任何变化。',
    latest: (n: number, total: number) => `最近的 ${n} 项（共 ${total} 项）：`,
    op: { add: '新增', change: '修改', end: '删除' },
    fields: (keys: string[]) => `（${keys.join('、')}）`,
    closed: '已补上的缺口',
    opened: '新出现的缺口',
    scores: '六个一得分变化',
    score: (name: string, before: string, after: string) => `${name}：${before} → ${after}`,
    targets: '目标状态变化',
    noConsequence: '这些变化没有改变缺口、得分或目标状态。',
    notAnalysed: '未分析',
  },
  en: {
    heading: (since: string) => `Since ${since}`,
    counts: (add: number, change: number, end: number) => `In this period ${add} facts were added, ${change} changed and ${end} ended.`,
    none: 'Nothing was recorded in this period.',
    latest: (n: number, total: number) => `The latest ${n} (of ${total}):`,
    op: { add: 'Added', change: 'Changed', end: 'Ended' },
    fields: (keys: string[]) => ` (${keys.join(', ')})`,
    closed: 'Gaps closed',
    opened: 'Gaps opened',
    scores: '六个一 scores that moved',
    score: (name: string, before: string, after: string) => `${name}: ${before} → ${after}`,
    targets: 'Targets whose status changed',
    noConsequence: 'These changes did not alter any gap, score or target status.',
    notAnalysed: 'not analysed',
  },
} as const;

const name = (ref: { nameZh: string; nameEn: string }, lang: BriefingLang): string => (lang === 'zh' ? ref.nameZh : ref.nameEn);

function factLine(fact: FactChange, lang: BriefingLang): string {
  const text = TEXT[lang];
  const what = fact.node
    ? name(fact.node, lang)
    : fact.relationship
      ? `${name(fact.relationship.from, lang)} —${fact.relationship.type}→ ${name(fact.relationship.to, lang)}`
      : '';
  const fields = fact.op === 'change' && fact.changed.length > 0 ? text.fields(fact.changed) : '';
  return `${text.op[fact.op]}${lang === 'zh' ? '：' : ': '}${what}${fields}`;
}

function gapLine(gap: Gap, rules: readonly GapRuleInfo[], lang: BriefingLang): string {
  const rule = rules.find((r) => r.id === gap.ruleId);
  const title = rule ? (lang === 'zh' ? rule.titleZh : rule.titleEn) : gap.ruleId;
  return `${title}${lang === 'zh' ? '：' : ': '}${name(gap.subject, lang)}`;
}

export function changesBlocks(changes: ChangesView, rules: readonly GapRuleInfo[], lang: BriefingLang): Block[] {
  const text = TEXT[lang];
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: text.heading(formatDateTime(new Date(changes.since), lang)) }];
  if (changes.total === 0) return [...blocks, { kind: 'paragraph', text: text.none }];
  const count = (op: FactChange['op']): number => changes.facts.filter((f) => f.op === op).length;
  const counted = changes.truncated ? '' : text.counts(count('add'), count('change'), count('end'));
  const listed = changes.facts.slice(0, FACTS_LISTED);
  blocks.push({ kind: 'paragraph', text: `${counted}${text.latest(listed.length, changes.total)}` });
  blocks.push({ kind: 'list', items: listed.map((f) => factLine(f, lang)) });
  const { gapsClosed, gapsOpened, scores, targets } = changes.consequences;
  const list = (heading: string, items: string[]): Block[] =>
    items.length === 0 ? [] : [{ kind: 'heading', level: 2, text: heading }, { kind: 'list', items }];
  const score = (value: number | null): string => (value === null ? text.notAnalysed : formatNumber(value));
  const consequences = [
    ...list(text.closed, gapsClosed.map((g) => gapLine(g, rules, lang))),
    ...list(text.opened, gapsOpened.map((g) => gapLine(g, rules, lang))),
    ...list(text.scores, scores.map((s) => text.score(name(s.industry, lang), score(s.before), score(s.after)))),
    ...list(
      text.targets,
      targets.map((t) => text.score(name(t.target, lang), t.before ? targetStatusLabel(t.before, lang) : '—', t.after ? targetStatusLabel(t.after, lang) : '—')),
    ),
  ];
  return [...blocks, ...(consequences.length > 0 ? consequences : [{ kind: 'paragraph' as const, text: text.noConsequence }])];
}
