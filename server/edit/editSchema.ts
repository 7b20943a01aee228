// The editing vocabulary served to clients: every label's and relationship type's fields, from the model.
import { NODE_LABEL_NAMES, NODE_LABELS, Relationship, RELATIONSHIP_SPECS, RELATIONSHIP_TYPES } from '../../graph/model';
import { fieldsOf, nodeFields, type FieldInfo } from './fields';
import { DERIVED_TYPES } from './references';

export interface EditSchema {
  nodes: { label: string; nameZh: string; nameEn: string; fields: FieldInfo[] }[];
  relationships: {
    type: string;
    nameZh: string;
    nameEn: string;
    from: readonly string[];
    to: readonly string[];
    fields: FieldInfo[];
    /** Set through this property instead of being edited on its own. */
    followsProperty: string | null;
  }[];
}

export function editSchema(): EditSchema {
  const relationshipFields = fieldsOf(Relationship, ['type', 'from', 'to', 'sourceKind', 'sourceRef']);
  return {
    nodes: NODE_LABELS.map((label) => ({ label, nameZh: NODE_LABEL_NAMES[label].zh, nameEn: NODE_LABEL_NAMES[label].en, fields: nodeFields(label) })),
    relationships: RELATIONSHIP_TYPES.map((type) => {
      const spec = RELATIONSHIP_SPECS[type];
      const rule = DERIVED_TYPES.get(type);
      return {
        type,
        nameZh: spec.zh,
        nameEn: spec.en,
        from: spec.from,
        to: spec.to,
        fields: relationshipFields,
        followsProperty: rule ? `${rule.label}.${rule.property}` : null,
      };
    }),
  };
}
