// What a form or a spreadsheet column needs to know about each field, read from the zod model (so a
// field added there appears here), with Chinese names (graph/model's vocabulary) beside the English ones.
import type { z } from 'zod';
import { fieldName, NODE_SCHEMAS, type FieldInfo, type NodeLabel } from '../../graph/model';

export type { FieldInfo, FieldType } from '../../graph/model';

/** Set by the server on every write (user edits, imports): never sent by a client. */
export const SERVER_MANAGED = ['sourceKind', 'sourceRef'] as const;

interface ZodLike {
  def: { type: string; innerType?: ZodLike; element?: ZodLike };
  options?: readonly unknown[];
  format?: string | null;
  minValue?: number | null;
  maxValue?: number | null;
  minLength?: number | null;
  maxLength?: number | null;
  isOptional(): boolean;
}

function unwrap(schema: ZodLike): ZodLike {
  let inner = schema;
  while ((inner.def.type === 'optional' || inner.def.type === 'default' || inner.def.type === 'nullable') && inner.def.innerType) {
    inner = inner.def.innerType;
  }
  return inner;
}

function describe(name: string, schema: ZodLike): FieldInfo {
  const inner = unwrap(schema);
  const info: FieldInfo = { name, nameZh: fieldName(name, 'zh'), type: 'string', required: !schema.isOptional() };
  switch (inner.def.type) {
    case 'number':
      info.type = inner.format === 'safeint' ? 'integer' : 'number';
      if (typeof inner.minValue === 'number' && Number.isFinite(inner.minValue) && Math.abs(inner.minValue) < 1e15) info.min = inner.minValue;
      if (typeof inner.maxValue === 'number' && Number.isFinite(inner.maxValue) && Math.abs(inner.maxValue) < 1e15) info.max = inner.maxValue;
      break;
    case 'boolean':
      info.type = 'boolean';
      break;
    case 'enum':
      info.type = 'enum';
      info.values = (inner.options ?? []).map(String);
      break;
    case 'array': {
      info.type = 'list';
      const element = inner.def.element ? unwrap(inner.def.element) : undefined;
      if (element?.options) info.values = element.options.map(String);
      break;
    }
    default:
      if (typeof inner.maxLength === 'number') info.max = inner.maxLength;
      if (name === 'id' || name.endsWith('Id') || name === 'scope' || name === 'from' || name === 'to') {
        info.format = 'slug: a-z, 0-9 and single hyphens / 小写字母、数字和单个连字符';
      }
      if (name === 'validFrom' || name === 'validTo') info.format = 'YYYY, YYYY-MM or YYYY-MM-DD';
  }
  return info;
}

export function fieldsOf(schema: z.ZodObject, omit: readonly string[] = SERVER_MANAGED): FieldInfo[] {
  return Object.entries(schema.shape)
    .filter(([name]) => !omit.includes(name))
    .map(([name, field]) => describe(name, field as unknown as ZodLike));
}

export function nodeFields(label: NodeLabel): FieldInfo[] {
  return fieldsOf(NODE_SCHEMAS[label]);
}
