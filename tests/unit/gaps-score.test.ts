// The gap engine's pure parts: industry score, suggestion ranking, target comparison, platform sets,
// link judgements and the configuration file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIX_ONES_SLOTS, type MatrixCell, type NodeRef, type SixOnesSlot } from '../../graph/model';
import { DEFAULT_GAP_CONFIG_PATH, GapConfigError, parseGapConfig, readGapConfig } from '../../server/gaps/config';
import { rankCandidates, type Candidate } from '../../server/gaps/rank';
import { FactCache } from '../../server/gaps/cache';
import { linkState, type LinkFacts } from '../../server/gaps/rules/chainLinks';
import { platformSet, type IndustrySlots } from '../../server/gaps/rules/sixOnes';
import { meetsTarget } from '../../server/gaps/rules/targets';
import { industryScore, type ScoreInput } from '../../server/gaps/score';

const config = readGapConfig(DEFAULT_GAP_CONFIG_PATH);
const ref = (id: string, label = 'Institute', illustrative = false): NodeRef => ({ id, label, nameZh: `${id}中文`, nameEn: id, illustrative });

function cells(filled: readonly SixOnesSlot[]): Record<SixOnesSlot, MatrixCell> {
  const cell = (s: SixOnesSlot): MatrixCell => ({ status: filled.includes(s) ? 'filled' : 'not-recorded', holders: [] });
  return Object.fromEntries(SIX_ONES_SLOTS.map((s) => [s, cell(s)])) as Record<SixOnesSlot, MatrixCell>;
}

const emptyInput: ScoreInput = {
  cells: cells([]),
  platformFraction: 0,
  links: { total: 0, withLocalFirm: 0, sound: 0 },
  fields: { needed: 0, covered: 0 },
  partners: 0,
};

describe('industry score', () => {
  it('is 100 when every part is met and 0 when nothing is recorded', () => {
    const full = industryScore(
      {
        cells: cells(SIX_ONES_SLOTS),
        platformFraction: 1,
        links: { total: 4, withLocalFirm: 4, sound: 4 },
        fields: { needed: 2, covered: 2 },
        partners: 1,
      },
      config.scoreWeights,
    );
    expect(full.total).toBe(100);
    expect(full.parts.every((p) => p.fraction === 1)).toBe(true);
    const none = industryScore(emptyInput, config.scoreWeights);
    expect(none.total).toBe(0);
    expect(none.parts.find((p) => p.key === 'chainCoverage')?.detailEn).toBe('no chain links recorded');
  });

  it('adds weight × fraction per part, and the parts add up to the total', () => {
    const score = industryScore(
      { ...emptyInput, cells: cells(['plan', 'fund']), platformFraction: 0.5, links: { total: 4, withLocalFirm: 3, sound: 1 } },
      config.scoreWeights,
    );
    const w = config.scoreWeights;
    const sum = Object.values(w).reduce((a, b) => a + b, 0);
    const expected = ((w.plan + w.fund + 0.5 * w.platforms + 0.75 * w.chainCoverage + 0.25 * w.chainStrength) * 100) / sum;
    expect(score.total).toBeCloseTo(expected, 1);
    expect(score.parts.reduce((a, p) => a + p.points, 0)).toBeCloseTo(score.total, 1);
    expect(score.parts.find((p) => p.key === 'chainCoverage')).toMatchObject({ fraction: 0.75, detailZh: '3/4 个环节有本地企业' });
  });

  it('scales weights that do not add up to 100', () => {
    const weights = Object.fromEntries(Object.keys(config.scoreWeights).map((k) => [k, 1])) as typeof config.scoreWeights;
    const score = industryScore({ ...emptyInput, cells: cells(['plan']) }, weights);
    expect(score.total).toBe(10);
    expect(score.parts.every((p) => p.weight === 10)).toBe(true);
  });
});

describe('suggestion ranking', () => {
  const points = config.suggestions.points;
  const city = { zh: '南通市', en: 'Nantong' };
  const fieldA = { field: ref('field-a', 'TechField'), linksNeeding: 2 };
  const fieldB = { field: ref('field-b', 'TechField'), linksNeeding: 0 };
  const candidate = (id: string, over: Partial<Candidate>): Candidate => ({
    ref: ref(id),
    regionId: 'shanghai',
    place: null,
    fieldIds: [],
    partnersWithCity: false,
    transferPlatform: false,
    ...over,
  });
  const pool = [
    candidate('researcher', { fieldIds: ['field-a'] }),
    candidate('partner-researcher', { fieldIds: ['field-a', 'field-b'], partnersWithCity: true, regionId: 'sunan' }),
    candidate('broker', { ref: ref('broker', 'Platform'), transferPlatform: true, partnersWithCity: true }),
    candidate('unrelated', { fieldIds: ['field-z'] }),
  ];

  it('scores each reason by the configured points and ranks highest first', () => {
    const ranked = rankCandidates(pool, { primaryFieldId: 'field-a', fields: [fieldA, fieldB] }, config, city);
    // A transfer platform that researches none of the fields is no candidate (no generic fallback).
    expect(ranked.map((s) => s.id)).toEqual(['partner-researcher', 'researcher']);
    const [first, second] = ranked;
    expect(first?.score).toBe(points.researchesField + points.perOtherNeededField + 2 * points.perLinkNeeding + points.partnersWithCity);
    expect(second?.score).toBe(points.researchesField + 2 * points.perLinkNeeding);
    expect(first?.reasons.map((r) => [r.key, r.points])).toEqual([
      ['researchesField', points.researchesField],
      ['otherNeededFields', points.perOtherNeededField],
      ['linksNeeding', 2 * points.perLinkNeeding],
      ['ties', points.partnersWithCity],
    ]);
    expect(first?.kind).toBe('researches-field');
    expect(first?.regionId).toBe('sunan');
    expect(first?.reasonZh).toContain('已与南通市合作');
    expect(first?.reasonEn).toContain('also researches "field-b"');
    expect(first?.reasonZh).toContain(`共 ${first?.score} 分`);
  });

  it('cuts the list at the maximum', () => {
    const one = { ...config, suggestions: { ...config.suggestions, max: 1 } };
    const ranked = rankCandidates(pool, { primaryFieldId: 'field-a', fields: [fieldA] }, one, city);
    expect(ranked.map((s) => s.id)).toEqual(['partner-researcher']);
  });

  it('for an industry looking for a partner, counts every needed field it researches', () => {
    const ranked = rankCandidates(pool, { fields: [fieldA, fieldB] }, config, city);
    expect(ranked[0]?.id).toBe('partner-researcher');
    expect(ranked.map((s) => s.id)).not.toContain('unrelated');
  });
});

describe('targets', () => {
  it('compares with each comparator, "~" within the tolerance', () => {
    expect(meetsTarget(10, '>=', 10, 0.1)).toBe(true);
    expect(meetsTarget(10, '>', 10, 0.1)).toBe(false);
    expect(meetsTarget(4, '<', 5, 0.1)).toBe(true);
    expect(meetsTarget(5, '<=', 5, 0.1)).toBe(true);
    expect(meetsTarget(9, '~', 10, 0.1)).toBe(true);
    expect(meetsTarget(11, '~', 10, 0.1)).toBe(true);
    expect(meetsTarget(8.9, '~', 10, 0.1)).toBe(false);
  });
});

describe('platform set and link judgements', () => {
  const facts = (platforms: number, covered: boolean[]): IndustrySlots => ({
    industry: { ...ref('ind', 'Industry'), tier: 'emerging' },
    confirmedMissing: [],
    regionIds: ['nantong'],
    holders: {
      plan: [],
      leadFirm: [],
      innovationCentre: [],
      alliance: [],
      fund: [],
      platforms: Array.from({ length: platforms }, (_, i) => ref(`p${i}`, 'Platform')),
    },
    links: covered.map((c, i) => ({ ...ref(`l${i}`, 'ChainLink'), order: i, covered: c })),
  });

  it('needs enough platforms and every link covered', () => {
    expect(platformSet(facts(2, [true, true]), config).cell.status).toBe('filled');
    const partial = platformSet(facts(2, [true, false]), config);
    expect(partial.cell.status).toBe('partial');
    expect(partial.cell.uncoveredLinks?.map((l) => l.id)).toEqual(['l1']);
    expect(partial.fraction).toBeCloseTo(0.75);
    expect(platformSet(facts(1, [true]), config).cell.status).toBe('partial');
    expect(platformSet(facts(0, [true]), config).cell.status).toBe('not-recorded');
    const lenient = { ...config, sixOnes: { ...config.sixOnes, requireEveryLinkCovered: false } };
    expect(platformSet(facts(2, [false]), lenient).cell.status).toBe('filled');
  });

  it('tells missing, break-risk and weak links apart', () => {
    const link = (local: number, outside: number, support: number): LinkFacts => ({
      industry: ref('ind', 'Industry'),
      regionIds: [],
      link: ref('l', 'ChainLink'),
      stage: 'upstream',
      order: 0,
      localCount: local,
      outsideCount: outside,
      localFirms: Array.from({ length: local }, (_, i) => ref(`local${i}`, 'Enterprise')),
      outsideFirms: Array.from({ length: outside }, (_, i) => ref(`outside${i}`, 'Enterprise')),
      support: Array.from({ length: support }, (_, i) => ref(`support${i}`, 'Platform')),
    });
    const state = (facts: LinkFacts, c = config): string => {
      const s = linkState(facts, c);
      const held = (['missing', 'breakRisk', 'weak'] as const).filter((k) => s[k]).join('+');
      return `${held || 'sound'}→${s.countedAs ?? 'none'}`;
    };
    // Each link counted once, under the most severe condition (defaults: missing high, break medium, weak low).
    expect(state(link(2, 0, 1))).toBe('sound→none');
    expect(state(link(0, 0, 0))).toBe('missing→missing');
    expect(state(link(0, 1, 0))).toBe('missing+breakRisk→missing');
    expect(state(link(0, 2, 1))).toBe('missing+breakRisk→missing');
    expect(state(link(1, 0, 1))).toBe('breakRisk→breakRisk');
    expect(state(link(1, 0, 0))).toBe('breakRisk+weak→breakRisk');
    expect(state(link(1, 1, 1))).toBe('sound→none');
    expect(state(link(2, 0, 0))).toBe('weak→weak');
    // Severities in force decide; a tie goes 缺链 > 断链 > 弱链.
    const weakHigh = { ...config, severities: { 'chain-weak-link': 'high' as const } };
    expect(state(link(1, 0, 0), weakHigh)).toBe('breakRisk+weak→weak');
    const breakHigh = { ...config, severities: { 'chain-break-risk': 'high' as const } };
    expect(state(link(0, 1, 0), breakHigh)).toBe('missing+breakRisk→missing');
    const missingLow = { ...config, severities: { 'chain-missing-link': 'low' as const } };
    expect(state(link(0, 1, 0), missingLow)).toBe('missing+breakRisk→breakRisk');
  });
});

describe('configuration file', () => {
  it('the bundled file is valid and analyses the traditional, emerging and seed tiers', () => {
    expect(config.sixOnes.tiers).toEqual(['traditional', 'emerging', 'seed']);
    expect(config.sixOnes.minPlatforms).toBeGreaterThanOrEqual(2);
  });

  it('rejects a bad file naming the field', () => {
    const json = JSON.parse(readFileSync(DEFAULT_GAP_CONFIG_PATH, 'utf8')) as Record<string, unknown>;
    const bad = { ...json, sixOnes: { ...(json.sixOnes as object), minPlatforms: 0 }, severities: { 'no-such-rule': 'high' } };
    expect(() => parseGapConfig(bad)).toThrow(GapConfigError);
    expect(() => parseGapConfig(bad)).toThrow(/sixOnes\.minPlatforms/);
    expect(() => parseGapConfig({ ...json, extra: 1 })).toThrow(/unrecognized|Unrecognized/);
  });
});

describe('fact cache', () => {
  it('answers only for the version it was given, forgets the least recently used, and freezes what it keeps', () => {
    const cache = new FactCache(2);
    cache.set('a', 'v1', { rows: [{ id: 'x' }] });
    expect(cache.get('a', 'v2')).toBeUndefined();
    expect(cache.get('a', 'v1')).toBeUndefined();
    cache.set('a', 'v1', { rows: [{ id: 'x' }] });
    cache.set('b', 'v1', 1);
    expect(cache.get('a', 'v1')).toEqual({ rows: [{ id: 'x' }] });
    cache.set('c', 'v1', 2);
    expect(cache.get('b', 'v1')).toBeUndefined();
    expect(cache.size).toBe(2);
    const kept = cache.get('a', 'v1') as { rows: { id: string }[] };
    expect(Object.isFrozen(kept.rows[0])).toBe(true);
    expect(() => kept.rows.push({ id: 'y' })).toThrow(TypeError);
  });

  it('lets callers asking at the same time share one read, and reads again once it is done', async () => {
    const cache = new FactCache(2);
    let reads = 0;
    const read = async () => {
      const n = ++reads;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return n;
    };
    const together = await Promise.all([cache.shared('k', read), cache.shared('k', read), cache.shared('other', read)]);
    expect(together).toEqual([1, 1, 2]);
    expect(await cache.shared('k', read)).toBe(3);
  });
});
