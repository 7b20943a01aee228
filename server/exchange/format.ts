// The versioned whole-graph document: what GET /api/export sends and POST /api/import accepts.
// Each node is checked against its label's schema; relationships against the model's type list; the
// validity of each (validFrom not after validTo) too.
import { z } from 'zod';
import { NODE_LABELS, NODE_SCHEMAS, Relationship, RelationshipTypeSchema, Slug, withValidityCheck, type NodeLabel } from '../../graph/model';

export const GRAPH_FORMAT = 'innochain-graph';
export const GRAPH_FORMAT_VERSION = 1;

/** Properties the server keeps itself on nodes and relationships: accepted and restored on import, never required. */
const ServerManaged = {
  /** Optimistic-concurrency counter (set to 1 when absent). */
  version: z.number().int().min(1).optional(),
  /** The dataset a node or relationship was loaded from. */
  dataset: Slug.optional(),
};

function nodeItem<L extends NodeLabel>(label: L) {
  return z.strictObject({
    label: z.literal(label),
    properties: withValidityCheck(NODE_SCHEMAS[label].extend(ServerManaged).strict()),
  });
}

export const GraphNode = z.discriminatedUnion(
  'label',
  NODE_LABELS.map(nodeItem) as unknown as [ReturnType<typeof nodeItem>, ...ReturnType<typeof nodeItem>[]],
);
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphRelationship = z.strictObject({
  type: RelationshipTypeSchema,
  from: Slug,
  to: Slug,
  properties: withValidityCheck(Relationship.omit({ type: true, from: true, to: true }).extend(ServerManaged).strict()),
});
export type GraphRelationship = z.infer<typeof GraphRelationship>;

export const GraphDocument = z.strictObject({
  format: z.literal(GRAPH_FORMAT),
  version: z.literal(GRAPH_FORMAT_VERSION),
  exportedAt: z.iso.datetime(),
  /** Sorted by label, then id. */
  nodes: z.array(GraphNode),
  /** Sorted by type, from, to. */
  relationships: z.array(GraphRelationship),
});
export type GraphDocument = z.infer<typeof GraphDocument>;

/** What an import accepts: the export's shape, with exportedAt optional for hand-made documents. */
export const GraphDocumentInput = GraphDocument.extend({ exportedAt: z.iso.datetime().optional() });
export type GraphDocumentInput = z.infer<typeof GraphDocumentInput>;

export const IMPORT_MODES = ['replace'] as const;
export const ImportMode = z.enum(IMPORT_MODES);
export type ImportMode = z.infer<typeof ImportMode>;

export const ImportSummary = z.object({
  mode: ImportMode,
  deleted: z.object({ nodes: z.number().int(), relationships: z.number().int() }),
  created: z.object({ nodes: z.number().int(), relationships: z.number().int() }),
});
export type ImportSummary = z.infer<typeof ImportSummary>;
