// Which list filters apply to which label, derived from the model so a new label or relationship type
// is covered without touching this file. The Cypher for the same rules lives in queries.ts.
import { NODE_SCHEMAS, RELATIONSHIP_SPECS, type NodeLabel, type RelationshipType } from '../../graph/model';

/** Filters that only make sense for some labels; q, sourceKind, sort and paging apply to all. */
export const LABEL_FILTERS = ['tier', 'kind', 'region', 'industry'] as const;
export type LabelFilter = (typeof LABEL_FILTERS)[number];

/**
 * `industry=X` keeps nodes tied to industry X by one of these relationships pointing at X (the 六个一
 * roles, a park's speciality, a plan or project concerning it, a subsector), or by COVERS of one of
 * X's chain links; chain links of X (HAS_LINK) and technology fields X or its links NEED.
 */
export const INDUSTRY_ROLE_TYPES = [
  'PLANS',
  'LEADS',
  'SERVES',
  'INVESTS_IN',
  'SPECIALISES_IN',
  'CONCERNS',
  'SUBSECTOR_OF',
] as const satisfies readonly RelationshipType[];

/** `region=R` keeps nodes LOCATED_IN (directly or through a park) or KEY_INDUSTRY_OF R or a region PART_OF R, and sub-regions of R. */
export const REGION_TYPES = ['LOCATED_IN', 'KEY_INDUSTRY_OF', 'PART_OF'] as const satisfies readonly RelationshipType[];

function fromLabels(type: RelationshipType, to?: NodeLabel): readonly NodeLabel[] {
  const spec: { from: readonly NodeLabel[]; to: readonly NodeLabel[] } = RELATIONSHIP_SPECS[type];
  return to && !spec.to.includes(to) ? [] : spec.from;
}

function toLabels(type: RelationshipType): readonly NodeLabel[] {
  const spec: { to: readonly NodeLabel[] } = RELATIONSHIP_SPECS[type];
  return spec.to;
}

const INDUSTRY_FILTER_LABELS = new Set<NodeLabel>([
  ...INDUSTRY_ROLE_TYPES.flatMap((type) => fromLabels(type, 'Industry')),
  ...fromLabels('COVERS'),
  ...toLabels('HAS_LINK'),
  ...toLabels('NEEDS'),
]);

const REGION_FILTER_LABELS = new Set<NodeLabel>(REGION_TYPES.flatMap((type) => fromLabels(type, 'Region')));

function hasField(label: NodeLabel, field: string): boolean {
  return field in NODE_SCHEMAS[label].shape;
}

/** The label-specific filters a list of this label accepts. */
export function filtersFor(label: NodeLabel): Set<LabelFilter> {
  const filters = new Set<LabelFilter>();
  if (hasField(label, 'tier')) filters.add('tier');
  if (hasField(label, 'kind')) filters.add('kind');
  if (REGION_FILTER_LABELS.has(label)) filters.add('region');
  if (INDUSTRY_FILTER_LABELS.has(label)) filters.add('industry');
  return filters;
}

/** Labels that accept a filter, for error messages ("tier applies to: Industry"). */
export function labelsAccepting(filter: LabelFilter, labels: readonly NodeLabel[]): NodeLabel[] {
  return labels.filter((label) => filtersFor(label).has(filter));
}
