// Edit forms generated from the zod model (NODE_SCHEMAS in graph/model): each field's input kind, enum
// values, required mark and default, so a field added to the model appears in the form. Also the
// conversions between stored properties, form text and what the edit API takes.
import { ALIAS_SEPARATORS, fieldShapes, NODE_SCHEMAS, type FieldShape, type NodeLabel } from '../../../../graph/model';

export type FieldKind = 'text' | 'longText' | 'number' | 'integer' | 'boolean' | 'enum' | 'enumList' | 'textList';

export interface FormField {
  name: string;
  kind: FieldKind;
  /** Must be given (not optional and without a default). */
  required: boolean;
  /** Allowed values of an enum or of each list item. */
  values?: readonly string[];
  min?: number;
  max?: number;
  /** The model's default, used when the field is left empty. */
  defaultValue?: unknown;
  /** A pattern hint (ids, dates). */
  format?: 'slug' | 'partialDate';
}

/** Set by the server on every write: never in a form. */
const SERVER_MANAGED = ['sourceKind', 'sourceRef'];
const LONG_TEXT = new Set(['descriptionZh', 'descriptionEn']);

const KIND: Record<FieldShape['type'], FieldKind> = {
  string: 'text',
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  enum: 'enum',
  list: 'enumList',
};

function describe(shape: FieldShape): FormField {
  const { name, type, values, min, max, format, defaultValue } = shape;
  const field: FormField = {
    name,
    // A list without allowed values is free text (aliases): one input, items separated by ；.
    kind: type === 'string' && LONG_TEXT.has(name) ? 'longText' : type === 'list' && !values ? 'textList' : KIND[type],
    // A field with a default is filled in for the writer, so the form need not ask for it.
    required: shape.required && defaultValue === undefined,
  };
  if (defaultValue !== undefined) field.defaultValue = defaultValue;
  if (values) field.values = values;
  if (type === 'number' || type === 'integer') {
    field.min = min;
    field.max = max;
  }
  if (format) field.format = format;
  return field;
}

/** Valid time reads best after a label's own fields, just before where the fact came from. */
const VALIDITY = ['validFrom', 'validTo'];
const PROVENANCE = ['sourceUrl', 'observedAt'];

function lastButProvenance(fields: FormField[], names: readonly string[]): FormField[] {
  const moved = fields.filter((f) => names.includes(f.name));
  const rest = fields.filter((f) => !names.includes(f.name));
  const at = rest.findIndex((f) => PROVENANCE.includes(f.name));
  return at < 0 ? [...rest, ...moved] : [...rest.slice(0, at), ...moved, ...rest.slice(at)];
}

const cache = new Map<NodeLabel, FormField[]>();

/** The editable fields of a label, in the model's order. */
export function formFields(label: NodeLabel): FormField[] {
  let fields = cache.get(label);
  if (!fields) {
    fields = lastButProvenance(fieldShapes(NODE_SCHEMAS[label], SERVER_MANAGED).map(describe), VALIDITY);
    cache.set(label, fields);
  }
  return fields;
}

/** How a free-text list reads in its input (|, ; and ； all separate on the way back). */
export const TEXT_LIST_JOINER = '；';

/** The fields of a create form: the same, but the id may be left to the server (it makes one). */
export function createFields(label: NodeLabel): FormField[] {
  return formFields(label).map((field) => (field.name === 'id' ? { ...field, required: false } : field));
}

/** Form state: text for inputs and selects, a list for multi-choice fields. */
export type FormValue = string | string[];
export type FormValues = Record<string, FormValue>;

/** Stored properties as form values (empty text for fields not set). */
export function toFormValues(fields: readonly FormField[], properties: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = properties[field.name];
    if (field.kind === 'enumList') values[field.name] = Array.isArray(value) ? value.map(String) : [];
    else if (field.kind === 'textList') values[field.name] = Array.isArray(value) ? value.map(String).join(TEXT_LIST_JOINER) : '';
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') values[field.name] = String(value);
    else values[field.name] = value === undefined || value === null ? '' : JSON.stringify(value);
  }
  return values;
}

/** Empty form values for a new node, with the model's defaults filled in. */
export function emptyFormValues(fields: readonly FormField[], preset: Record<string, unknown> = {}): FormValues {
  const defaults: Record<string, unknown> = {};
  for (const field of fields) if (field.defaultValue !== undefined) defaults[field.name] = field.defaultValue;
  return toFormValues(fields, { ...defaults, ...preset });
}

/** A form value as the API takes it; undefined for an empty one. Unreadable numbers go as typed, so the server names the field. */
export function fromFormValue(field: FormField, value: FormValue | undefined): unknown {
  if (field.kind === 'enumList') return Array.isArray(value) && value.length > 0 ? value : undefined;
  if (field.kind === 'textList') {
    const items = (typeof value === 'string' ? value : '').split(ALIAS_SEPARATORS).map((item) => item.trim()).filter(Boolean);
    return items.length > 0 ? items : undefined;
  }
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return undefined;
  switch (field.kind) {
    case 'number':
    case 'integer': {
      const parsed = Number(text);
      return Number.isFinite(parsed) ? parsed : text;
    }
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    default:
      return text;
  }
}

/** Properties for a create: every field given. */
export function createProperties(fields: readonly FormField[], values: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = fromFormValue(field, values[field.name]);
    if (value !== undefined) out[field.name] = value;
  }
  return out;
}

/** Equal as stored: an empty list is the same as no list. */
function same(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => JSON.stringify(v === undefined || (Array.isArray(v) && v.length === 0) ? null : v);
  return norm(a) === norm(b);
}

/** The changes of an update: fields that differ from what was loaded; a cleared field becomes null (removed). */
export function changedProperties(fields: readonly FormField[], values: FormValues, original: Record<string, unknown>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.name === 'id') continue;
    const next = fromFormValue(field, values[field.name]);
    const before = original[field.name];
    if (same(next, before)) continue;
    if (next === undefined && (before === undefined || before === null)) continue;
    changes[field.name] = next === undefined ? null : next;
  }
  return changes;
}

/** Required fields left empty: said at once, before anything is sent. */
export function missingRequired(fields: readonly FormField[], values: FormValues): string[] {
  return fields.filter((field) => field.required && fromFormValue(field, values[field.name]) === undefined).map((field) => field.name);
}
