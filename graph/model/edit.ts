// The editing API's answers as the client reads them: one definition for the server (server/edit, its
// OpenAPI operations) and the edit dialogs (client/src/api/wire.ts).
import { z } from 'zod';
import { EntityDto, RelationshipDto } from './api';
import { NodeLabelSchema } from './nodes';
import { RelationshipTypeSchema } from './relationships';

export const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'enum', 'list'] as const;
export const FieldType = z.enum(FIELD_TYPES);
export type FieldType = z.infer<typeof FieldType>;

/** What a form or a spreadsheet column needs to know about one field of the model. */
export const FieldInfo = z.object({
  name: z.string(),
  nameZh: z.string(),
  type: FieldType,
  required: z.boolean(),
  values: z.array(z.string()).optional().describe('Allowed values of an enum, or of each list item'),
  min: z.number().optional(),
  max: z.number().optional(),
  format: z.string().optional().describe('Pattern the text must follow, in words'),
  helpZh: z.string().optional().describe('What to write, in Chinese (import templates)'),
  helpEn: z.string().optional().describe('What to write, in English (import templates)'),
});
export type FieldInfo = z.infer<typeof FieldInfo>;

/** GET /api/edit/schema: every label's and relationship type's fields. */
export const EditSchema = z.object({
  nodes: z.array(z.object({ label: NodeLabelSchema, nameZh: z.string(), nameEn: z.string(), fields: z.array(FieldInfo) })),
  relationships: z.array(
    z.object({
      type: RelationshipTypeSchema,
      nameZh: z.string(),
      nameEn: z.string(),
      from: z.array(z.string()),
      to: z.array(z.string()),
      fields: z.array(FieldInfo),
      followsProperty: z.string().nullable().describe('Set through this property instead of being edited on its own'),
    }),
  ),
});
export type EditSchema = z.infer<typeof EditSchema>;

/** A node with the version a change must be based on (GET /api/edit/nodes/:id, and every write's answer). */
export const NodeView = z.object({ node: EntityDto, version: z.number().int() });
export type NodeView = z.infer<typeof NodeView>;

export const RelationshipView = z.object({ relationship: RelationshipDto, version: z.number().int() });
export type RelationshipView = z.infer<typeof RelationshipView>;

/** The other end of a relationship, named. */
export const NeighbourRef = z.object({ id: z.string(), label: NodeLabelSchema, nameZh: z.string(), nameEn: z.string(), illustrative: z.boolean() });
export type NeighbourRef = z.infer<typeof NeighbourRef>;

/** GET /api/edit/nodes/:id/delete-preview */
export const DeletePreview = NodeView.extend({
  relationships: z
    .array(
      z.object({
        type: z.string(),
        direction: z.enum(['out', 'in']),
        other: NeighbourRef,
        sourceKind: z.string().nullable(),
        sourceRef: z.string().nullable(),
      }),
    )
    .describe('Relationships the delete would remove, each with its other end'),
  total: z.number().int().describe('All relationships the delete removes (at most 500 are listed)'),
  blockedBy: z
    .array(z.object({ id: z.string(), label: NodeLabelSchema, property: z.string() }))
    .describe('Nodes naming this one in a property: the delete is refused until they change'),
});
export type DeletePreview = z.infer<typeof DeletePreview>;

export const DeletedNode = z.object({ deleted: z.object({ id: z.string(), label: NodeLabelSchema }), relationshipsRemoved: z.number().int() });
export type DeletedNode = z.infer<typeof DeletedNode>;

export const DeletedRelationship = z.object({ deleted: z.object({ type: RelationshipTypeSchema, from: z.string(), to: z.string() }) });
export type DeletedRelationship = z.infer<typeof DeletedRelationship>;
