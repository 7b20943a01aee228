// Names of the model's fields: the edit forms, the detail panel and the import templates' Chinese
// headers all read them here. A field added to a node or relationship schema must be named here too
// (the type below will not compile until it is).
import type { NodeLabel, NodeOf } from '../nodes';
import type { Relationship } from '../relationships';
import type { Names } from './names';

/** Every property of every node label and relationship type. */
export type ModelField = { [L in NodeLabel]: keyof NodeOf<L> }[NodeLabel] | keyof Relationship;
/** Properties the graph stores beside the model's: the seed dataset a record came from, its edit version. */
export type StoredField = 'dataset' | 'version';

export const FIELD_NAMES: Record<ModelField | StoredField, Names> = {
  id: { zh: '编号', en: 'Id' },
  nameZh: { zh: '中文名称', en: 'Chinese name' },
  nameEn: { zh: '英文名称', en: 'English name' },
  descriptionZh: { zh: '中文描述', en: 'Chinese description' },
  descriptionEn: { zh: '英文描述', en: 'English description' },
  aliasesZh: { zh: '中文别名', en: 'Chinese aliases' },
  aliasesEn: { zh: '英文别名', en: 'English aliases' },
  sourceKind: { zh: '来源类别', en: 'Source kind' },
  sourceRef: { zh: '来源出处', en: 'Source reference' },
  sourceUrl: { zh: '来源网址', en: 'Source address' },
  observedAt: { zh: '观察日期', en: 'Observed on' },
  tier: { zh: '产业层级', en: 'Tier' },
  confirmedMissing: { zh: '确认缺失的“六个一”', en: 'Six-ones slots confirmed missing' },
  industryId: { zh: '所属产业编号', en: 'Industry id' },
  stage: { zh: '链位（上中下游）', en: 'Stage (upstream to downstream)' },
  order: { zh: '链上次序', en: 'Order in chain' },
  highTech: { zh: '高新技术企业', en: 'High-tech enterprise' },
  creditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  foundedYear: { zh: '成立年份', en: 'Year founded' },
  sizeClass: { zh: '企业规模', en: 'Size class' },
  employees: { zh: '从业人数', en: 'Employees' },
  employeesYear: { zh: '从业人数年份', en: 'Employees as of (year)' },
  revenueYi: { zh: '营业收入（亿元）', en: 'Revenue (100m yuan)' },
  revenueYear: { zh: '营业收入年份', en: 'Revenue as of (year)' },
  listingExchange: { zh: '上市交易所', en: 'Stock exchange' },
  listingTicker: { zh: '股票代码', en: 'Ticker' },
  website: { zh: '网站', en: 'Website' },
  inventionPatents: { zh: '发明专利数', en: 'Invention patents' },
  tags: { zh: '企业资质', en: 'Recognitions' },
  lon: { zh: '经度', en: 'Longitude' },
  lat: { zh: '纬度', en: 'Latitude' },
  level: { zh: '级别', en: 'Level' },
  kind: { zh: '类别', en: 'Kind' },
  sizeYi: { zh: '规模（亿元）', en: 'Size (100m yuan)' },
  year: { zh: '年份', en: 'Year' },
  validFrom: { zh: '起始日期', en: 'Valid from' },
  validTo: { zh: '终止日期', en: 'Valid to' },
  unit: { zh: '单位', en: 'Unit' },
  scope: { zh: '统计范围（地区编号）', en: 'Scope (region id)' },
  higherIsBetter: { zh: '越高越好', en: 'Higher is better' },
  indicatorId: { zh: '指标编号', en: 'Indicator id' },
  value: { zh: '数值', en: 'Value' },
  comparator: { zh: '比较符', en: 'Comparator' },
  regionId: { zh: '地区编号', en: 'Region id' },
  textZh: { zh: '目标原文（中文）', en: 'Goal text (Chinese)' },
  textEn: { zh: '目标原文（英文）', en: 'Goal text (English)' },
  type: { zh: '关系类型', en: 'Relationship type' },
  from: { zh: '起点编号', en: 'From (id)' },
  to: { zh: '终点编号', en: 'To (id)' },
  noteZh: { zh: '中文备注', en: 'Chinese note' },
  noteEn: { zh: '英文备注', en: 'English note' },
  dataset: { zh: '数据集', en: 'Dataset' },
  version: { zh: '版本', en: 'Version' },
};

/**
 * Chinese headers that earlier templates or screens used for a field, still accepted on upload so a
 * template filled in before the names were unified imports as it did.
 */
export const FORMER_FIELD_NAMES_ZH: Partial<Record<ModelField, readonly string[]>> = {
  confirmedMissing: ['确认缺失的六个一'],
  stage: ['环节位置'],
  order: ['顺序'],
  kind: ['类型'],
  validFrom: ['起始'],
  validTo: ['终止'],
  comparator: ['比较'],
};

/** The Chinese headers a field had before (none for most fields). */
export function formerFieldNamesZh(name: string): readonly string[] {
  return (FORMER_FIELD_NAMES_ZH as Record<string, readonly string[] | undefined>)[name] ?? [];
}

/** A field's name in one language; a name the vocabulary does not know is shown as it is. */
export function fieldName(name: string, lang: keyof Names): string {
  return (FIELD_NAMES as Record<string, Names | undefined>)[name]?.[lang] ?? name;
}
