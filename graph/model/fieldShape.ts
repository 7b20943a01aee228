// What the zod model says about one field (type, required, allowed values, bounds, default, format),
// read in one place for the edit API's schema (server/edit/fields.ts) and the client's edit forms
// (client/src/views/edit/formModel.ts), so a field added to the model appears in both alike.
import type { FieldType } from './edit';

/** The parts of a zod 4 schema read here. */
interface ZodLike {
  def: { type: string; innerType?: ZodLike; element?: ZodLike; defaultValue?: unknown };
  options?: readonly unknown[];
  format?: string | null;
  minValue?: number | null;
  maxValue?: number | null;
  maxLength?: number | null;
  isOptional(): boolean;
}

export interface FieldShape {
  name: string;
  type: FieldType;
  /** Not optional in the model (a field with a default is optional to the writer). */
  required: boolean;
  defaultValue?: unknown;
  /** Allowed values of an enum, or of each item of a list. */
  values?: string[];
  /** Numeric bounds of a number; the length limit of a text as max. */
  min?: number;
  max?: number;
  /** An id-like text (lower-case slug) or a partial date (YYYY, YYYY-MM, YYYY-MM-DD). */
  format?: 'slug' | 'partialDate';
}

/** Bounds zod reports as ±MAX_SAFE_INTEGER or infinity mean "none". */
function bound(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e15 ? value : undefined;
}

function isSlugField(name: string): boolean {
  return name === 'id' || name.endsWith('Id') || name === 'scope' || name === 'from' || name === 'to';
}

export function fieldShape(name: string, schema: unknown): FieldShape {
  const outer = schema as ZodLike;
  let inner = outer;
  let defaultValue: unknown;
  while (['optional', 'default', 'nullable'].includes(inner.def.type) && inner.def.innerType) {
    if (inner.def.type === 'default') defaultValue = inner.def.defaultValue;
    inner = inner.def.innerType;
  }
  const shape: FieldShape = { name, type: 'string', required: !outer.isOptional() };
  if (defaultValue !== undefined) shape.defaultValue = defaultValue;
  switch (inner.def.type) {
    case 'number':
      shape.type = inner.format === 'safeint' ? 'integer' : 'number';
      shape.min = bound(inner.minValue);
      shape.max = bound(inner.maxValue);
      break;
    case 'boolean':
      shape.type = 'boolean';
      break;
    case 'enum':
      shape.type = 'enum';
      shape.values = (inner.options ?? []).map(String);
      break;
    case 'array': {
      shape.type = 'list';
      let element = inner.def.element;
      while (element && ['optional', 'default', 'nullable'].includes(element.def.type) && element.def.innerType) element = element.def.innerType;
      if (element?.options) shape.values = element.options.map(String);
      break;
    }
    default:
      shape.max = bound(inner.maxLength);
      if (isSlugField(name)) shape.format = 'slug';
      if (name === 'validFrom' || name === 'validTo' || name === 'observedAt') shape.format = 'partialDate';
  }
  if (shape.min === undefined) delete shape.min;
  if (shape.max === undefined) delete shape.max;
  return shape;
}

/** Every field of an object schema but the omitted ones, in the model's order. */
export function fieldShapes(schema: { shape: Record<string, unknown> }, omit: readonly string[] = []): FieldShape[] {
  return Object.entries(schema.shape)
    .filter(([name]) => !omit.includes(name))
    .map(([name, field]) => fieldShape(name, field));
}
