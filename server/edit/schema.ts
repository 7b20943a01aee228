import { z } from 'zod';
import { NodeLabelSchema, PartialDate, RelationshipTypeSchema, Slug } from '../../graph/model';

// The answers are the shapes the client reads, defined once in graph/model/edit.ts.
export { DeletedNode, DeletedRelationship, DeletePreview, EditSchema, NodeView, RelationshipView } from '../../graph/model';

const Version = z.coerce.number().int().min(1).describe('The version the change is based on (from the last read); a stale one gets 409');

export const NodeParams = z.object({ id: Slug });

export const CreateNodeBody = z
  .object({
    label: NodeLabelSchema,
    properties: z
      .record(z.string(), z.unknown())
      .describe("The label's fields (see GET /api/edit/schema); sourceKind/sourceRef are set by the server; without id the server makes one"),
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
  .describe('{type, from, to, noteZh?, noteEn?, validFrom?, validTo?}; sourceKind/sourceRef are set by the server');

const Note = z.string().trim().max(1000).nullable().optional();
/** When the relationship held in the world (YYYY, YYYY-MM or YYYY-MM-DD); null removes it. */
const ValidDate = PartialDate.nullable().optional();
export const UpdateRelationshipBody = z
  .object({
    version: Version,
    changes: z
      .object({ noteZh: Note, noteEn: Note, validFrom: ValidDate, validTo: ValidDate })
      .strict()
      .refine((c) => Object.keys(c).length > 0, { message: 'give noteZh, noteEn, validFrom or validTo (至少修改一项：备注或有效期)' }),
  })
  .strict();
export type RelationshipChanges = z.infer<typeof UpdateRelationshipBody>['changes'];
