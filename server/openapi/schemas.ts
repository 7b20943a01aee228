// zod → JSON Schema for the OpenAPI document, self-contained: zod writes each recursive or reused part
// as `$defs` inside the schema it converts and points at it with `#/$defs/__schema0`, but in an OpenAPI
// document `#` is the document itself, so such a reference resolves nowhere. Every `$defs` entry is
// moved to components.schemas (one entry per distinct content) and its references rewritten.
import { z } from 'zod';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const COMPONENT_PREFIX = '#/components/schemas/';

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy with every `$ref` passed through `rename`. */
function mapRefs(value: Json, rename: (ref: string) => string): Json {
  if (Array.isArray(value)) return value.map((item) => mapRefs(item, rename));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = key === '$ref' && typeof item === 'string' ? rename(item) : mapRefs(item, rename);
  }
  return out;
}

function containsRef(value: Json, ref: string): boolean {
  if (Array.isArray(value)) return value.some((item) => containsRef(item, ref));
  if (!isObject(value)) return false;
  return Object.entries(value).some(([key, item]) => (key === '$ref' ? item === ref : containsRef(item, ref)));
}

export class SchemaComponents {
  /** Component name → schema, in the order first seen (so the document is stable). */
  readonly schemas: Record<string, JsonObject> = {};
  /** Serialised content → component name: the same zod schema converted twice is stored once. */
  private readonly byContent = new Map<string, string>();

  /** The JSON Schema of a zod schema, with every reference pointing into components.schemas. */
  convert(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
    const converted = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonObject;
    // The document's jsonSchemaDialect says 2020-12 once for all schemas.
    const { $schema: _dialect, $defs, ...root } = converted;
    const defs = isObject($defs) ? $defs : {};
    // A recursive root refers to itself as "#": it becomes a component like any other definition.
    const selfRef = containsRef(root, '#');
    const local = new Map<string, string>();
    const names = [...Object.keys(defs).map((name) => `#/$defs/${name}`), ...(selfRef ? ['#'] : [])];
    const contentOf = (ref: string): Json => (ref === '#' ? root : (defs[ref.slice('#/$defs/'.length)] ?? {}));
    // Names are fixed before contents are rewritten, so definitions may refer to each other.
    // Identity is the definition with everything it can reach: all of this conversion's definitions.
    for (const ref of names) local.set(ref, this.nameFor(JSON.stringify([ref, defs, ref === '#' ? root : null]), ref));
    const rename = (ref: string): string => {
      const name = local.get(ref);
      return name === undefined ? ref : COMPONENT_PREFIX + name;
    };
    for (const ref of names) {
      const name = local.get(ref) ?? '';
      const content = mapRefs(contentOf(ref), rename);
      if (isObject(content)) this.schemas[name] ??= content;
    }
    if (selfRef) return { $ref: rename('#') };
    const result = mapRefs(root, rename);
    return isObject(result) ? result : {};
  }

  private nameFor(key: string, ref: string): string {
    const known = this.byContent.get(key);
    if (known !== undefined) return known;
    // zod names anonymous definitions __schema0, __schema1… per conversion; ids given with .meta({ id }) are kept.
    const given = ref.startsWith('#/$defs/') && !ref.startsWith('#/$defs/__schema') ? ref.slice('#/$defs/'.length) : 'Schema';
    let name = given;
    for (let n = 1; name in this.schemas || [...this.byContent.values()].includes(name); n += 1) name = `${given}${n}`;
    this.byContent.set(key, name);
    return name;
  }
}
