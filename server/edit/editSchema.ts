// The editing vocabulary served to clients: every label's and relationship type's fields, from the model.
import { NODE_LABEL_NAMES, NODE_LABELS, Relationship, RELATIONSHIP_SPECS, RELATIONSHIP_TYPES, type EditSchema } from '../../graph/model';
import { fieldsOf, nodeFields } from './fields';
import { DERIVED_TYPES } from './references';

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
        from: [...spec.from],
        to: [...spec.to],
        fields: relationshipFields,
        followsProperty: rule ? `${rule.label}.${rule.property}` : null,
      };
    }),
  };
}
