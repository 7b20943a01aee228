// The one vocabulary (graph/model/vocabulary): every field, label, tier, role, slot, slot state and
// source kind has a Chinese and an English name; Chinese names are Chinese, English names have no CJK;
// and the 六个一 marks are one set of distinct shapes, the same on screen as in print.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  FIELD_NAMES,
  formerFieldNamesZh,
  INDUSTRY_TIERS,
  NODE_LABEL_NAMES,
  NODE_LABELS,
  NODE_SCHEMAS,
  Relationship,
  RELATIONSHIP_SPECS,
  RELATIONSHIP_TYPES,
  ROLE_NAMES,
  ROLES,
  SEVERITY_SYMBOLS,
  SIX_ONES_NAMES,
  SIX_ONES_SLOTS,
  SLOT_STATUS_NAMES,
  SLOT_STATUS_SYMBOLS,
  SlotStatus,
  SOURCE_KIND_NAMES,
  SOURCE_KINDS,
  TIER_NAMES,
  VALUE_NAMES,
  type Names,
} from '../../graph/model';
import { SLOT_STATUS_SYMBOLS as SCREEN_SLOT_SYMBOLS, SEVERITY_SYMBOLS as SCREEN_SEVERITY_SYMBOLS } from '../../client/src/theme/palette';
import { slotStatusLabel } from '../../server/briefings/text';
import { nodeFields } from '../../server/edit';

/** Han characters and the full-width punctuation that goes with them. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”]/;
/** Two Latin words in a row: the start of an English phrase. */
const LATIN_PHRASE = /[A-Za-z]+[\s,.;:]+[A-Za-z]+/;

function expectNames(what: string, names: Names | undefined): void {
  expect(names, `${what} has no names`).toBeDefined();
  if (!names) return;
  expect(names.zh.trim(), `${what}: Chinese name`).not.toBe('');
  expect(names.en.trim(), `${what}: English name`).not.toBe('');
  expect(names.zh, `${what}: Chinese name "${names.zh}" has no Chinese`).toMatch(CJK);
  expect(names.zh, `${what}: Chinese name "${names.zh}" has a Latin phrase`).not.toMatch(LATIN_PHRASE);
  expect(names.en, `${what}: English name "${names.en}" has CJK`).not.toMatch(CJK);
}

/** Allowed values of an enum field, or of a list of enum values. */
function enumValues(field: unknown): string[] {
  let inner = field as { def: { type: string; innerType?: unknown; element?: unknown }; options?: readonly unknown[] };
  while (['optional', 'default', 'nullable'].includes(inner.def.type) && inner.def.innerType) inner = inner.def.innerType as typeof inner;
  if (inner.def.type === 'array' && inner.def.element) return enumValues(inner.def.element);
  return inner.def.type === 'enum' ? (inner.options ?? []).map(String) : [];
}

const fieldNames = FIELD_NAMES as Record<string, Names | undefined>;

describe('the vocabulary', () => {
  it('names every property of every node label in both languages', () => {
    for (const label of NODE_LABELS) {
      for (const property of Object.keys((NODE_SCHEMAS[label] as z.ZodObject).shape)) {
        expectNames(`${label}.${property}`, fieldNames[property]);
      }
    }
  });

  it('names every property of every relationship type in both languages', () => {
    for (const type of RELATIONSHIP_TYPES) {
      for (const property of Object.keys(Relationship.shape)) expectNames(`${type}.${property}`, fieldNames[property]);
    }
  });

  it('names every label, relationship type, tier, role, slot, slot state and source kind', () => {
    for (const label of NODE_LABELS) expectNames(`label ${label}`, NODE_LABEL_NAMES[label]);
    for (const type of RELATIONSHIP_TYPES) expectNames(`relationship ${type}`, RELATIONSHIP_SPECS[type]);
    for (const tier of INDUSTRY_TIERS) expectNames(`tier ${tier}`, TIER_NAMES[tier]);
    for (const role of ROLES) expectNames(`role ${role}`, ROLE_NAMES[role]);
    for (const slot of SIX_ONES_SLOTS) expectNames(`slot ${slot}`, SIX_ONES_NAMES[slot]);
    for (const status of SlotStatus.options) expectNames(`slot state ${status}`, SLOT_STATUS_NAMES[status]);
    for (const kind of SOURCE_KINDS) expectNames(`source kind ${kind}`, SOURCE_KIND_NAMES[kind]);
  });

  it('names every value of every enum field (comparators are symbols and need none)', () => {
    const tables: Record<string, Record<string, Names>> = { sourceKind: SOURCE_KIND_NAMES, confirmedMissing: SIX_ONES_NAMES };
    for (const label of NODE_LABELS) {
      for (const [property, field] of Object.entries((NODE_SCHEMAS[label] as z.ZodObject).shape)) {
        if (property === 'comparator') continue;
        const table = tables[property] ?? VALUE_NAMES;
        for (const value of enumValues(field)) expectNames(`${label}.${property} = ${value}`, table[value]);
      }
    }
  });

  it('gives no two fields, labels or tiers the same Chinese name', () => {
    for (const table of [fieldNames, NODE_LABEL_NAMES, TIER_NAMES, ROLE_NAMES, SLOT_STATUS_NAMES, SOURCE_KIND_NAMES] as Record<string, Names | undefined>[]) {
      const zh = Object.values(table).map((n) => n?.zh);
      expect(new Set(zh).size, zh.join(' ')).toBe(zh.length);
    }
  });

  it('keeps the Chinese headers of earlier templates apart from every current name', () => {
    const current = new Set(Object.values(fieldNames).map((n) => n?.zh));
    for (const field of Object.keys(fieldNames)) {
      for (const former of formerFieldNamesZh(field)) expect(current.has(former), former).toBe(false);
    }
  });

  it('gives forms and import templates the vocabulary’s Chinese field names', () => {
    for (const label of NODE_LABELS) {
      for (const field of nodeFields(label)) expect(field.nameZh).toBe(fieldNames[field.name]?.zh);
    }
  });
});

describe('the 六个一 marks', () => {
  const statuses = SlotStatus.options;

  it('are four different single characters, so shape alone tells the states apart', () => {
    const marks = statuses.map((s) => SLOT_STATUS_SYMBOLS[s]);
    expect(new Set(marks).size).toBe(statuses.length);
    for (const mark of marks) expect([...mark]).toHaveLength(1);
  });

  it('are the same on screen and in print', () => {
    expect(SCREEN_SLOT_SYMBOLS).toBe(SLOT_STATUS_SYMBOLS);
    expect(SCREEN_SEVERITY_SYMBOLS).toBe(SEVERITY_SYMBOLS);
    for (const status of statuses) {
      for (const lang of ['zh', 'en'] as const) {
        expect(slotStatusLabel(status, lang)).toBe(`${SLOT_STATUS_SYMBOLS[status]} ${SLOT_STATUS_NAMES[status][lang]}`);
      }
    }
  });
});
