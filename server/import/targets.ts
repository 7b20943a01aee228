// What a spreadsheet can import: one template per node label and per relationship type (except the
// relationships that follow a property, such as HAS_LINK from ChainLink.industryId).
import {
  NODE_LABEL_NAMES,
  NODE_LABELS,
  Relationship,
  RELATIONSHIP_SPECS,
  RELATIONSHIP_TYPES,
  type ImportTemplate,
  type NodeLabel,
  type RelationshipType,
} from '../../graph/model';
import { DERIVED_TYPES, fieldsOf, nodeFields, type FieldInfo } from '../edit';

export type ImportTarget = { kind: 'node'; name: NodeLabel } | { kind: 'relationship'; name: RelationshipType };

/** A template as the client lists it, but for the download links the router adds. */
export type TemplateInfo = Omit<ImportTemplate, 'downloads'>;

const RELATIONSHIP_COLUMNS = fieldsOf(Relationship, ['type', 'sourceKind', 'sourceRef']);

export const IMPORTABLE_RELATIONSHIPS = RELATIONSHIP_TYPES.filter((t) => !DERIVED_TYPES.has(t));

export function targetByName(name: string): ImportTarget | undefined {
  if ((NODE_LABELS as string[]).includes(name)) return { kind: 'node', name: name as NodeLabel };
  if ((IMPORTABLE_RELATIONSHIPS as string[]).includes(name)) return { kind: 'relationship', name: name as RelationshipType };
  return undefined;
}

export function columnsOf(target: ImportTarget): FieldInfo[] {
  return target.kind === 'node' ? nodeFields(target.name) : RELATIONSHIP_COLUMNS;
}

/** A target's columns other than the id (nodes) or the two ends (relationships): the properties its rows set. */
export function propertyColumns(target: ImportTarget): FieldInfo[] {
  const ends = target.kind === 'node' ? ['id'] : ['from', 'to'];
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
