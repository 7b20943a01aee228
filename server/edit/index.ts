// Editing the knowledge graph: validated by the model, version-checked, audited, stamped with the user.
export { createNode, deleteNode, deletePreview, getNode, updateNode } from './nodes';
export {
  createRelationship,
  deleteRelationship,
  getRelationship,
  updateRelationship,
  type RelationshipKey,
} from './relationships';
export { editSchema } from './editSchema';
export { nodeFields, fieldsOf, SERVER_MANAGED, type FieldInfo } from './fields';
export { REFERENCE_RULES, DERIVED_TYPES, referencesOf } from './references';
