// Property maps as history keeps them: JSON text, with Neo4j integers marked so a restored fact gets
// integers back (the driver hands them over as plain numbers, and JSON would make them floats).
import neo4j from 'neo4j-driver';

export type PropertyMap = Record<string, unknown>;

/** Bookkeeping keys no reader cares about: the edit counter and the edit lock. */
const IGNORED = new Set(['version', '_lock']);

interface Encoded {
  props: PropertyMap;
  /** Keys whose values (or list items) are integers. */
  ints: string[];
}

export function encodeProperties(props: PropertyMap): string {
  const ints = Object.entries(props)
    .filter(([, value]) => Number.isInteger(value) || (Array.isArray(value) && value.length > 0 && value.every((v) => Number.isInteger(v))))
    .map(([key]) => key);
  const encoded: Encoded = { props, ints };
  return JSON.stringify(encoded);
}

/** The properties as the driver takes them back: integer keys as Neo4j integers. */
export function decodeProperties(text: string): PropertyMap {
  const { props, ints } = JSON.parse(text) as Encoded;
  const out: PropertyMap = { ...props };
  for (const key of ints) {
    const value = out[key];
    out[key] = Array.isArray(value) ? value.map((v) => neo4j.int(v as number)) : neo4j.int(value as number);
  }
  return out;
}

/** The properties as a reader sees them (plain numbers). */
export function plainProperties(text: string | null): PropertyMap | null {
  return text === null ? null : (JSON.parse(text) as Encoded).props;
}

/** Keys whose values differ, bookkeeping keys aside, in name order. */
export function changedKeys(before: PropertyMap, after: PropertyMap): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !IGNORED.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}
