// One language at a time, without a database: every sourceRef in the seeds reads in Chinese without
// English sentences and in English without Chinese; units have English names; and every kind of zod
// issue becomes a Chinese reason in Chinese and an English reason in English.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PartialDate, Slug, sourceRefText, splitSourceRef, UNIT_NAMES, unitLabel, unitName, valueWithUnit } from '../../graph/model';
import { splitBilingual, zodIssuesToDetails } from '../../server/zodDetails';
import { hanRuns, latinPhrases } from '../helpers/languages';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');

/** Every (sourceKind, sourceRef) pair of the seed datasets' JSON files. */
function seedRefs(): { file: string; kind: string; ref: string }[] {
  const found = new Map<string, { file: string; kind: string; ref: string }>();
  for (const dataset of ['nantong', 'chains', 'demo']) {
    for (const name of readdirSync(path.join(SEEDS, dataset)).filter((n) => n.endsWith('.json'))) {
      const records: unknown = JSON.parse(readFileSync(path.join(SEEDS, dataset, name), 'utf8'));
      if (!Array.isArray(records)) continue;
      for (const record of records as { sourceKind?: string; sourceRef?: string }[]) {
        if (record.sourceKind && record.sourceRef) found.set(`${record.sourceKind}|${record.sourceRef}`, { file: `${dataset}/${name}`, kind: record.sourceKind, ref: record.sourceRef });
      }
    }
  }
  return [...found.values()];
}

describe('source references', () => {
  const refs = seedRefs();

  it('read in Chinese without English sentences and in English without Chinese, for every seed ref', () => {
    expect(refs.length).toBeGreaterThan(30);
    for (const { file, kind, ref } of refs) {
      expect(latinPhrases(sourceRefText(kind, ref, 'zh')), `${file}: ${ref}`).toEqual([]);
      expect(hanRuns(sourceRefText(kind, ref, 'en')), `${file}: ${ref}`).toEqual([]);
    }
  });

  it('keep all they say: both readings of a bilingual ref, the kind prefix dropped as it repeats the kind', () => {
    const ref = '南通市辖县（市）、区 / en: a county (city) or district of Nantong';
    expect(splitSourceRef(ref)).toEqual({ zh: '南通市辖县（市）、区', en: 'a county (city) or district of Nantong' });
    expect(sourceRefText('domain', 'domain knowledge: 南通是江苏省辖地级市', 'zh')).toBe('南通是江苏省辖地级市');
    expect(sourceRefText('domain', '领域知识：南通是江苏省辖地级市 / en: domain knowledge: Nantong is in Jiangsu', 'en')).toBe('Nantong is in Jiangsu');
    // Refs in one language, and codes, read the same in both.
    expect(sourceRefText('import', 'firms.csv#12', 'zh')).toBe('firms.csv#12');
    expect(sourceRefText('user', 'user:alice@2026-01-01T00:00:00.000Z', 'en')).toBe('user:alice@2026-01-01T00:00:00.000Z');
  });

  it('number the policy document in English: 三(十二) is 3(12), 序言 the preamble', () => {
    expect(sourceRefText('document', '三(十二)', 'en')).toBe('3(12)');
    expect(sourceRefText('document', '序言；二；三(三)', 'en')).toBe('preamble; 2; 3(3)');
    expect(sourceRefText('document', '四(二十一)', 'en')).toBe('4(21)');
    expect(sourceRefText('document', '三(三)', 'zh')).toBe('三(三)');
  });
});

describe('units', () => {
  it('have an English name without Chinese for every unit, and an unknown unit is shown as stored', () => {
    for (const [unit, names] of Object.entries(UNIT_NAMES)) {
      expect(names.zh, unit).toBe(unit);
      expect(hanRuns(names.en), unit).toEqual([]);
    }
    expect(unitName('吨', 'en')).toBe('吨');
    // Named on its own (the detail panel), a counter is a count in English.
    expect(unitLabel('家', 'en')).toBe('count');
    expect(unitLabel('亿元', 'en')).toBe('100 million yuan');
    expect(unitLabel('家', 'zh')).toBe('家');
  });

  it('write a value with its unit the way each language does', () => {
    expect(valueWithUnit('7800', '亿元', 'zh')).toBe('7800亿元');
    expect(valueWithUnit('7800', '亿元', 'en')).toBe('780 billion yuan');
    expect(valueWithUnit('2.7', '%', 'en')).toBe('2.7%');
    expect(valueWithUnit('15', '家', 'en')).toBe('15');
    expect(valueWithUnit('15', '家', 'zh')).toBe('15家');
    expect(valueWithUnit('3.5', '件/万人', 'en')).toBe('3.5 per 10,000 people');
    expect(valueWithUnit('50', '万人', 'en')).toBe('500,000 people');
    expect(valueWithUnit('2.5', '万元', 'en')).toBe('25,000 yuan');
  });
});

describe('zod issues in two languages', () => {
  const Schema = z
    .object({
      name: z.string(),
      year: z.number().int(),
      code: z.string().min(3),
      note: z.string().min(1),
      tags: z.array(z.string()).max(1),
      tier: z.enum(['traditional', 'emerging']),
      kind: z.literal('city'),
      id: Slug,
      date: PartialDate,
      email: z.email(),
      when: z.iso.datetime(),
      step: z.number().multipleOf(5),
      either: z.union([z.number(), z.boolean()]),
      map: z.record(z.string().min(2), z.number()),
      check: z.string().refine((s) => s === 'ok', { message: 'must be ok (应为 ok)' }),
      plain: z.string().refine((s) => s === 'ok', { message: 'must say ok' }),
    })
    .strict();
  const input = {
    year: 1.5,
    code: 'q',
    note: '',
    tags: ['a', 'b'],
    tier: 'ancient',
    kind: 'town',
    id: 'Not A Slug',
    date: 'soon',
    email: 'nobody',
    when: 'yesterday',
    step: 7,
    either: 'x',
    map: { c: 1 },
    check: 'no',
    plain: 'no',
    extra: true,
  };
  const result = Schema.safeParse(input);
  const details = result.success ? [] : zodIssuesToDetails(result.error.issues, 'body');

  it('covers every kind of issue the schema raises', () => {
    const codes = new Set(result.success ? [] : result.error.issues.map((i) => i.code));
    for (const code of ['invalid_type', 'too_small', 'too_big', 'invalid_value', 'invalid_format', 'unrecognized_keys', 'custom', 'not_multiple_of', 'invalid_union', 'invalid_key'])
      expect(codes, code).toContain(code);
  });

  it('says each reason in Chinese in reasonZh and in English in reason', () => {
    expect(details.length).toBeGreaterThan(10);
    for (const detail of details) {
      expect(detail.reasonZh, detail.field).toMatch(/\p{Script=Han}/u);
      expect(latinPhrases(detail.reasonZh), `${detail.field}: ${detail.reasonZh}`).toEqual([]);
      expect(hanRuns(detail.reason), `${detail.field}: ${detail.reason}`).toEqual([]);
    }
  });

  it('splits our own "english (中文)" messages, and keeps zod limits in Chinese', () => {
    const byField = Object.fromEntries(details.map((d) => [d.field, d]));
    expect(byField['body.check']).toMatchObject({ reason: 'must be ok', reasonZh: '应为 ok' });
    expect(byField['body.plain']).toMatchObject({ reason: 'must say ok', reasonZh: '不符合要求' });
    expect(byField['body.id']?.reason).toBe('must be a slug: a-z, 0-9 and single hyphens, e.g. high-end-textiles');
    expect(byField['body.note']?.reasonZh).toBe('不能为空');
    expect(byField['body.step']?.reasonZh).toBe('应为 5 的倍数');
    expect(byField['body.email']?.reasonZh).toBe('应为电子邮件地址');
    expect(splitBilingual('must be a whole number (应为整数)')).toEqual({ en: 'must be a whole number', zh: '应为整数' });
    expect(splitBilingual('Invalid input')).toEqual({ en: 'Invalid input', zh: null });
  });
});
