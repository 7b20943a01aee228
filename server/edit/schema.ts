import { z } from 'zod';
import { EntityDto, NodeLabelSchema, RelationshipDto, RelationshipTypeSchema, Slug } from '../../graph/model';

const Version = z.coerce.number().int().min(1).describe('The version the change is based on (from the last read); a stale one gets 409');

export const NodeParams = z.object({ id: Slug });

export const CreateNodeBody = z
  .object({
    label: NodeLabelSchema,
    properties: z.record(z.string(), z.unknown()).describe("The label's fields (see GET /api/edit/schema); sourceKind/sourceRef are set by the server"),
  })
  .strict();

export const UpdateNodeBody = z
  .object({
    version: Version,
    changes: z
      .record(z.string(), z.unknown())
      .refine((c) => Object.keys(c).length > 0, { message: 'give at least one field to change (至少修改一个字段)' })
      .describe('Fields to set; null removes an optional field'),
  })
  .strict();

export const VersionQuery = z.object({ version: Version }).strict();

export const RelationshipParams = z.object({ type: RelationshipTypeSchema, from: Slug, to: Slug });

export const CreateRelationshipBody = z
  .record(z.string(), z.unknown())
  .describe('{type, from, to, noteZh?, noteEn?}; sourceKind/sourceRef are set by the server');

const Note = z.string().trim().max(1000).nullable().optional();
export const UpdateRelationshipBody = z
  .object({
    version: Version,
    changes: z
      .object({ noteZh: Note, noteEn: Note })
      .strict()
      .refine((c) => Object.keys(c).length > 0, { message: 'give noteZh or noteEn (至少修改一项备注)' }),
  })
  .strict();

export const NodeView = z.object({ node: EntityDto, version: z.number().int() });
export const RelationshipView = z.object({ relationship: RelationshipDto, version: z.number().int() });

const NeighbourRef = z.object({ id: z.string(), label: NodeLabelSchema, nameZh: z.string(), nameEn: z.string(), illustrative: z.boolean() });
export const DeletePreviewBody = NodeView.extend({
  relationships: z.array(
    z.object({
      type: z.string(),
      direction: z.enum(['out', 'in']),
      other: NeighbourRef,
      sourceKind: z.string().nullable(),
      sourceRef: z.string().nullable(),
    }),
  ),
  total: z.number().int().describe('All relationships the delete removes (at most 500 are listed)'),
  blockedBy: z.array(z.object({ id: z.string(), label: NodeLabelSchema, property: z.string() })).describe('Nodes naming this one in a property: the delete is refused until they change'),
});
export const DeletedNode = z.object({ deleted: z.object({ id: z.string(), label: NodeLabelSchema }), relationshipsRemoved: z.number().int() });
export const DeletedRelationship = z.object({ deleted: z.object({ type: RelationshipTypeSchema, from: z.string(), to: z.string() }) });

const Field = z.object({
  name: z.string(),
  nameZh: z.string(),
  type: z.enum(['string', 'number', 'integer', 'boolean', 'enum', 'list']),
  required: z.boolean(),
  values: z.array(z.string()).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  format: z.string().optional(),
});
export const EditSchemaBody = z.object({
  nodes: z.array(z.object({ label: NodeLabelSchema, nameZh: z.string(), nameEn: z.string(), fields: z.array(Field) })),
  relationships: z.array(
    z.object({
      type: RelationshipTypeSchema,
      nameZh: z.string(),
      nameEn: z.string(),
      from: z.array(z.string()),
      to: z.array(z.string()),
      fields: z.array(Field),
      followsProperty: z.string().nullable(),
    }),
  ),
});
