// What a form or a spreadsheet column needs to know about each field, read from the zod model (so a
// field added there appears here), with Chinese names (graph/model's vocabulary) beside the English ones.
import type { z } from 'zod';
import { fieldName, fieldShapes, NODE_SCHEMAS, type FieldInfo, type FieldShape, type NodeLabel } from '../../graph/model';

export type { FieldInfo, FieldType } from '../../graph/model';

/** Set by the server on every write (user edits, imports): never sent by a client. */
export const SERVER_MANAGED = ['sourceKind', 'sourceRef'] as const;

/** The words an API client reads for each format the model's fields follow. */
const FORMAT_TEXT: Record<NonNullable<FieldShape['format']>, string> = {
  slug: 'slug: a-z, 0-9 and single hyphens / 小写字母、数字和单个连字符',
  partialDate: 'YYYY, YYYY-MM or YYYY-MM-DD',
};

function describe(shape: FieldShape): FieldInfo {
  const { name, type, required, values, min, max, format } = shape;
  return {
    name,
    nameZh: fieldName(name, 'zh'),
    type,
    required,
    ...(values ? { values } : {}),
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    ...(format ? { format: FORMAT_TEXT[format] } : {}),
  };
}

export function fieldsOf(schema: z.ZodObject, omit: readonly string[] = SERVER_MANAGED): FieldInfo[] {
  return fieldShapes(schema, omit).map(describe);
}

export function nodeFields(label: NodeLabel): FieldInfo[] {
  return fieldsOf(NODE_SCHEMAS[label]);
}
