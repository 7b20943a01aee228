// Properties that name another node. Some also stand for a relationship, which the server keeps in
// step with the property (datasets state it once, the same way: see server/datasets/read.ts).
import type { NodeLabel, RelationshipType } from '../../graph/model';

export interface ReferenceRule {
  label: NodeLabel;
  property: string;
  /** The label the referenced node must have. */
  target: NodeLabel;
  /** The relationship the property stands for; reverse means it points from the target to this node. */
  relationship?: { type: RelationshipType; reverse: boolean };
}

export const REFERENCE_RULES: readonly ReferenceRule[] = [
  { label: 'ChainLink', property: 'industryId', target: 'Industry', relationship: { type: 'HAS_LINK', reverse: true } },
  { label: 'Target', property: 'indicatorId', target: 'Indicator', relationship: { type: 'TARGET_FOR', reverse: false } },
  { label: 'Measurement', property: 'indicatorId', target: 'Indicator', relationship: { type: 'MEASURES', reverse: false } },
  { label: 'Indicator', property: 'scope', target: 'Region' },
  // Series per region (issue 18 §3): where a measurement was taken, whom a target is for.
  { label: 'Target', property: 'regionId', target: 'Region' },
  { label: 'Measurement', property: 'regionId', target: 'Region' },
];

/** Relationship types that follow a property and cannot be edited on their own. */
export const DERIVED_TYPES: ReadonlyMap<RelationshipType, ReferenceRule> = new Map(
  REFERENCE_RULES.flatMap((r) => (r.relationship ? [[r.relationship.type, r] as const] : [])),
);

export function referencesOf(label: NodeLabel): ReferenceRule[] {
  return REFERENCE_RULES.filter((r) => r.label === label);
}

/** Rules under which nodes of other labels point at a node of this label. */
export function referencesTo(label: NodeLabel): ReferenceRule[] {
  return REFERENCE_RULES.filter((r) => r.target === label);
}
