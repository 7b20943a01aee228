// A freshness list as a download: one row per fact, headers and names in the reader's language.
import { NODE_LABEL_NAMES, RELATIONSHIP_SPECS, SOURCE_KIND_NAMES, type NodeLabel, type RelationshipType, type SourceKind } from '../../graph/model';
import type { FreshnessList } from '../../graph/model/freshness';
import type { ExportTable } from '../export';

type Lang = 'zh' | 'en';

const HEADERS: Record<string, { zh: string; en: string }> = {
  label: { zh: '类型', en: 'Kind' },
  name: { zh: '名称', en: 'Name' },
  to: { zh: '关系另一端', en: 'Other end' },
  sourceKind: { zh: '来源类型', en: 'Source kind' },
  sourceRef: { zh: '来源', en: 'Source' },
  sourceUrl: { zh: '来源网址', en: 'Source page' },
  origin: { zh: '数据集或导入文件', en: 'Dataset or import file' },
  observedAt: { zh: '观察日期', en: 'Observed' },
  changedAt: { zh: '最后修改日期', en: 'Last changed' },
  basis: { zh: '时长依据', en: 'Age from' },
  ageMonths: { zh: '时长（月）', en: 'Age (months)' },
  thresholdMonths: { zh: '阈值（月）', en: 'Threshold (months)' },
  overdueDays: { zh: '超期（天）', en: 'Overdue (days)' },
  id: { zh: '编号', en: 'Id' },
};

const BASIS = { observed: { zh: '观察日期', en: 'observed' }, changed: { zh: '最后修改', en: 'last change' } } as const;

function kindName(kind: string, label: string, lang: Lang): string {
  const names = kind === 'node' ? NODE_LABEL_NAMES[label as NodeLabel] : RELATIONSHIP_SPECS[label as RelationshipType];
  return names ? names[lang] : label;
}

export function freshnessTable(list: FreshnessList, which: 'stale' | 'undated', lang: Lang): ExportTable {
  const keys = ['label', 'name', 'to', 'sourceKind', 'sourceRef', 'sourceUrl', 'origin', 'observedAt', 'changedAt', 'basis', 'ageMonths', 'thresholdMonths', 'overdueDays', 'id'];
  const name = (ref: { nameZh: string; nameEn: string }): string => (lang === 'zh' ? ref.nameZh : ref.nameEn);
  return {
    title: which === 'stale' ? (lang === 'zh' ? '可能过时的事实' : 'Facts that may be stale') : lang === 'zh' ? '无日期的事实' : 'Undated facts',
    columns: keys.map((key) => ({ key, header: HEADERS[key]?.[lang] ?? key })),
    rows: list.items.map((f) => ({
      label: kindName(f.kind, f.label, lang),
      name: name(f.node),
      to: f.to ? name(f.to) : null,
      sourceKind: f.sourceKind ? (SOURCE_KIND_NAMES[f.sourceKind as SourceKind]?.[lang] ?? f.sourceKind) : null,
      sourceRef: f.sourceRef,
      sourceUrl: f.sourceUrl,
      origin: f.origin,
      observedAt: f.observedAt,
      changedAt: f.changedAt,
      basis: f.basis ? BASIS[f.basis][lang] : null,
      ageMonths: f.ageMonths,
      thresholdMonths: f.thresholdMonths,
      overdueDays: f.overdueDays,
      id: f.to ? `${f.node.id} → ${f.to.id}` : f.node.id,
    })),
    notes: [
      lang === 'zh'
        ? `共 ${list.total} 条，列出 ${list.items.length} 条${list.truncated ? '（已截断）' : ''}。部分日期按其最后一天计算（“2023”从 2023-12-31 起算）；无观察日期的事实从其最后一次记录的修改起算。`
        : `${list.total} in all, ${list.items.length} listed${list.truncated ? ' (truncated)' : ''}. A partial date counts from its last day ("2023" from 2023-12-31); a fact without one counts from its last recorded change.`,
    ],
  };
}
