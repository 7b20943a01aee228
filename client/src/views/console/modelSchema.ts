// The graph's schema as the console shows and completes it, read from the model (node schemas,
// relationship specs and the vocabulary), not from the database: the same names whatever is loaded.
import {
  FIELD_NAMES,
  NODE_LABEL_NAMES,
  NODE_LABELS,
  NODE_SCHEMAS,
  Relationship,
  RELATIONSHIP_SPECS,
  RELATIONSHIP_TYPES,
  type Names,
  type NodeLabel,
  type RelationshipType,
} from '../../../../graph/model';

export interface SchemaLabel {
  name: NodeLabel;
  names: Names;
  properties: string[];
}

export interface SchemaRelationship {
  name: RelationshipType;
  names: Names;
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
}

export interface SchemaProperty {
  name: string;
  names: Names;
  /** Labels whose nodes carry it; empty for a relationship-only property. */
  labels: NodeLabel[];
}

export interface ModelSchema {
  labels: SchemaLabel[];
  relationships: SchemaRelationship[];
  properties: SchemaProperty[];
}

/** Relationship fields the wire shape has but the graph does not store as properties. */
const NOT_STORED = new Set(['type', 'from', 'to']);

function namesOf(field: string): Names {
  return (FIELD_NAMES as Record<string, Names | undefined>)[field] ?? { zh: field, en: field };
}

function buildSchema(): ModelSchema {
  const labels = NODE_LABELS.map((name) => ({ name, names: NODE_LABEL_NAMES[name], properties: Object.keys(NODE_SCHEMAS[name].shape) }));
  const relationships = RELATIONSHIP_TYPES.map((name) => {
    const spec = RELATIONSHIP_SPECS[name];
    return { name, names: { zh: spec.zh, en: spec.en }, from: spec.from, to: spec.to };
  });
  const keys = new Set<string>([...labels.flatMap((l) => l.properties), ...Object.keys(Relationship.shape).filter((k) => !NOT_STORED.has(k)), 'version']);
  const properties = [...keys].map((name) => ({ name, names: namesOf(name), labels: labels.filter((l) => l.properties.includes(name)).map((l) => l.name) }));
  return { labels, relationships, properties };
}

export const MODEL_SCHEMA: ModelSchema = buildSchema();

/** What the Cypher editor completes: labels, relationship types and property keys. */
export const EDITOR_SCHEMA = {
  labels: MODEL_SCHEMA.labels.map((l) => `:${l.name}`),
  relationshipTypes: MODEL_SCHEMA.relationships.map((r) => `:${r.name}`),
  propertyKeys: MODEL_SCHEMA.properties.map((p) => p.name),
};
