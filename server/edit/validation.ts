// Checks edits against the zod model: each problem becomes a detail naming the field, in English and Chinese.
import type { z } from 'zod';
import { NODE_SCHEMAS, Relationship, withValidityCheck, type NodeLabel } from '../../graph/model';
import { errors, type ErrorDetail } from '../errors';
import { zodIssuesToDetails } from '../zodDetails';
import { SERVER_MANAGED } from './fields';

/** Like zodIssuesToDetails, but an unknown key is reported under its own name. */
export function issuesToDetails(issues: readonly z.core.$ZodIssue[], prefix: string): ErrorDetail[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const base = [prefix, ...issue.path.map(String)].join('.');
      return issue.keys.map((key) => ({
        field: `${base}.${key}`,
        reason: (SERVER_MANAGED as readonly string[]).includes(key)
          ? 'is set by the server (user edits: sourceKind "user")'
          : 'is not a field of this type',
        reasonZh: (SERVER_MANAGED as readonly string[]).includes(key) ? '由服务器设置，不能填写' : '不是该类型的字段',
      }));
    }
    return zodIssuesToDetails([issue], prefix);
  });
}

/** The schema of what a client may send for a label: the model minus server-managed fields, strict, validity in order. */
const editableSchemas = new Map<NodeLabel, z.ZodObject>();

/** Built once per label: building a zod schema costs far more than using it (imports check 100,000 rows). */
export function editableNodeSchema(label: NodeLabel): z.ZodObject {
  let editable = editableSchemas.get(label);
  if (!editable) {
    const schema: z.ZodObject = NODE_SCHEMAS[label];
    editable = withValidityCheck(schema.omit({ sourceKind: true, sourceRef: true }).strict());
    editableSchemas.set(label, editable);
  }
  return editable;
}

export const EditableRelationship = withValidityCheck(Relationship.omit({ sourceKind: true, sourceRef: true }).strict());
export type EditableRelationship = z.infer<typeof EditableRelationship>;

export function validateNodeProperties(label: NodeLabel, properties: unknown, prefix: string): Record<string, unknown> & { id: string } {
  const result = editableNodeSchema(label).safeParse(properties);
  if (!result.success) throw errors.validation(issuesToDetails(result.error.issues, prefix));
  return result.data as Record<string, unknown> & { id: string };
}
