// Bilingual cell values for question tables, turned into one language at the edge.
import { markedName, SEVERITY_NAMES, SLOT_STATUS_NAMES, TARGET_STATUS_NAMES, TIER_NAMES } from '../../graph/model';
import type { Gap, INDUSTRY_TIERS, MatrixCell, NodeRef, Severity, Suggestion, TargetProgress } from '../../graph/model';

type IndustryTier = (typeof INDUSTRY_TIERS)[number];

export interface Bilingual {
  zh: string;
  en: string;
}
export type QuestionValue = string | number | boolean | null | Bilingual;
export type QuestionRow = Record<string, QuestionValue>;
export type Lang = 'zh' | 'en';

export function localize(row: QuestionRow, lang: Lang): Record<string, string | number | boolean | null> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, value !== null && typeof value === 'object' ? value[lang] : value]),
  );
}

/** Names as tables and their downloads show them: an illustrative one marked （示例）/(illustrative), once. */
export const name = (ref: NodeRef | undefined): Bilingual | null => (ref ? { zh: markedName(ref, 'zh'), en: markedName(ref, 'en') } : null);

export function names(refs: readonly NodeRef[]): Bilingual {
  return { zh: refs.map((r) => markedName(r, 'zh')).join('、'), en: refs.map((r) => markedName(r, 'en')).join('; ') };
}

/** Tier and slot-state names, as everywhere else (graph/model's vocabulary). */
export const TIER_TEXT: Record<IndustryTier, Bilingual> = TIER_NAMES;
export const SLOT_STATUS_TEXT: Record<MatrixCell['status'], Bilingual> = SLOT_STATUS_NAMES;

export const GAP_STATUS_TEXT: Record<Gap['status'], Bilingual> = {
  'not-recorded': { zh: '未记录', en: 'Not recorded' },
  'confirmed-missing': { zh: '用户确认缺失', en: 'Confirmed missing by a user' },
};

export const SEVERITY_TEXT: Record<Severity, Bilingual> = SEVERITY_NAMES;
export const TARGET_STATUS_TEXT: Record<TargetProgress['status'], Bilingual> = TARGET_STATUS_NAMES;

/** The industry a gap belongs to, from its evidence. */
export function gapIndustry(gap: Gap): NodeRef | undefined {
  const nodes = gap.evidenceNodes ?? [gap.subject];
  return nodes.find((n) => n.label === 'Industry' && n.id === gap.industryId);
}

/** Evidence nodes of one label, the subject left out. */
export function evidenceOf(gap: Gap, label: string): NodeRef[] {
  return (gap.evidenceNodes ?? []).filter((n) => n.label === label && n.id !== gap.subject.id);
}

export function candidates(suggestions: readonly Suggestion[], limit = 3): Bilingual {
  const top = suggestions.slice(0, limit);
  return {
    zh: top.map((s) => `${markedName(s, 'zh')}（${s.score} 分）`).join('；'),
    en: top.map((s) => `${markedName(s, 'en')} (${s.score})`).join('; '),
  };
}

export function topReason(suggestions: readonly Suggestion[]): Bilingual | null {
  const first = suggestions[0];
  return first ? { zh: first.reasonZh, en: first.reasonEn } : null;
}
