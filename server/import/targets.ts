// What a spreadsheet can import: one template per node label and per relationship type (except the
// relationships that follow a property, such as HAS_LINK from ChainLink.industryId).
import {
  NODE_LABEL_NAMES,
  NODE_LABELS,
  NODE_SCHEMAS,
  Provenance,
  Relationship,
  RELATIONSHIP_SPECS,
  Validity,
  RELATIONSHIP_TYPES,
  type ImportTemplate,
  type NodeLabel,
  type RelationshipType,
} from '../../graph/model';
import { DERIVED_TYPES, fieldsOf, type FieldInfo } from '../edit';

export type ImportTarget = { kind: 'node'; name: NodeLabel } | { kind: 'relationship'; name: RelationshipType };

/** A template as the client lists it, but for the download links the router adds. */
export type TemplateInfo = Omit<ImportTemplate, 'downloads'>;

/** Provenance columns, all optional, last in every template (the import fills sourceKind and sourceRef when empty). */
export const PROVENANCE_KEYS = ['sourceKind', 'sourceRef', 'sourceUrl', 'observedAt'] as const;
const PROVENANCE_HELP: Record<(typeof PROVENANCE_KEYS)[number], { helpZh: string; helpEn: string }> = {
  sourceKind: {
    helpZh: '来源类型；留空为 import（导入）。illustrative（示例数据）须明确填写；public（公开资料）须同时填写来源网址',
    helpEn: 'Kind of source; empty means import. illustrative (made-up data) only when written here; public needs sourceUrl too',
  },
  sourceRef: {
    helpZh: '出处，如文件名和章节、文号或网页标题；留空为“文件名#行号”',
    helpEn: 'Where exactly: a document and section, a file number or a page title; empty means "<file>#<row>"',
  },
  sourceUrl: { helpZh: '事实所在网页的地址，须以 http:// 或 https:// 开头', helpEn: 'The page the fact was read from; starts with http:// or https://' },
  observedAt: { helpZh: '读取日期或事实成立的日期：YYYY、YYYY-MM 或 YYYY-MM-DD', helpEn: 'When the fact was read, or the date it held: YYYY, YYYY-MM or YYYY-MM-DD' },
};
const PROVENANCE_COLUMNS = fieldsOf(Provenance.partial(), []).map((column) => ({ ...column, ...PROVENANCE_HELP[column.name as keyof typeof PROVENANCE_HELP] }));
/** Valid time, after a target's own columns and before provenance, with what to write. */
const VALIDITY_KEYS = ['validFrom', 'validTo'] as const;
const VALIDITY_HELP: Record<(typeof VALIDITY_KEYS)[number], { helpZh: string; helpEn: string }> = {
  validFrom: { helpZh: '事实在现实中开始成立的时间（如企业成立）：YYYY、YYYY-MM 或 YYYY-MM-DD', helpEn: 'When the fact began to hold in the world (a firm founded): YYYY, YYYY-MM or YYYY-MM-DD' },
  validTo: { helpZh: '事实不再成立的时间（如企业注销、园区合并）；仍成立则留空；不得早于起始日期', helpEn: 'When the fact stopped holding (a firm closed, a park merged); empty while it holds; not before validFrom' },
};
const VALIDITY_COLUMNS = fieldsOf(Validity, []).map((column) => ({ ...column, ...VALIDITY_HELP[column.name as keyof typeof VALIDITY_HELP] }));
/** Columns every template ends with, in this order. */
const TRAILING_KEYS = [...VALIDITY_KEYS, ...PROVENANCE_KEYS];

/** Written by every row (filled when empty); the other provenance columns are properties like any other. */
const STAMPED = ['sourceKind', 'sourceRef'];

const RELATIONSHIP_COLUMNS = [...fieldsOf(Relationship, ['type', ...TRAILING_KEYS]), ...VALIDITY_COLUMNS, ...PROVENANCE_COLUMNS];

export const IMPORTABLE_RELATIONSHIPS = RELATIONSHIP_TYPES.filter((t) => !DERIVED_TYPES.has(t));

export function targetByName(name: string): ImportTarget | undefined {
  if ((NODE_LABELS as string[]).includes(name)) return { kind: 'node', name: name as NodeLabel };
  if ((IMPORTABLE_RELATIONSHIPS as string[]).includes(name)) return { kind: 'relationship', name: name as RelationshipType };
  return undefined;
}

export function columnsOf(target: ImportTarget): FieldInfo[] {
  return target.kind === 'node' ? [...fieldsOf(NODE_SCHEMAS[target.name], TRAILING_KEYS), ...VALIDITY_COLUMNS, ...PROVENANCE_COLUMNS] : RELATIONSHIP_COLUMNS;
}

/**
 * A target's columns other than the id (nodes) or the two ends (relationships), and other than
 * sourceKind and sourceRef, which every row writes after them: the properties its rows set.
 */
export function propertyColumns(target: ImportTarget): FieldInfo[] {
  const ends = target.kind === 'node' ? ['id', ...STAMPED] : ['from', 'to', ...STAMPED];
  return columnsOf(target).filter((column) => !ends.includes(column.name));
}

export function templateInfo(target: ImportTarget): TemplateInfo {
  if (target.kind === 'node') {
    const names = NODE_LABEL_NAMES[target.name];
    return { name: target.name, kind: 'node', nameZh: names.zh, nameEn: names.en, columns: columnsOf(target) };
  }
  const spec = RELATIONSHIP_SPECS[target.name];
  return { name: target.name, kind: 'relationship', nameZh: spec.zh, nameEn: spec.en, columns: columnsOf(target), from: [...spec.from], to: [...spec.to] };
}

export function allTemplates(): TemplateInfo[] {
  return [
    ...NODE_LABELS.map((name) => templateInfo({ kind: 'node', name })),
    ...IMPORTABLE_RELATIONSHIPS.map((name) => templateInfo({ kind: 'relationship', name })),
  ];
}
