// The compare formulas (server/compare/) on a table small enough to compute by hand: location quotients,
// EU-style stars, proximity φ, density and the 延链 ranking, plus the cases that must not yield a number.
import { describe, expect, it } from 'vitest';
import {
  CompareInputError,
  DEFAULT_COMPARE_CONFIG,
  parseCompareConfig,
  parseCountTable,
  type CompareConfig,
  type CountTable,
} from '../../server/compare/input';
import { density, phiOf, rankCandidates, relatedness } from '../../server/compare/relatedness';
import { cellOf, specialisation, topCount, topShareThreshold, type Rating, type Specialisation } from '../../server/compare/specialisation';

// Firms by region × industry. e = 200; e_i = 60, 60, 40, 40 (industry shares .3, .3, .2, .2).
//
//          p    q    s    t  | e_r
//   A     40   31   14   15  | 100
//   B      7   16   20    7  |  50
//   C      9    9    0   12  |  30
//   D      4    4    6    6  |  20
//   e_i   60   60   40   40  | 200
const table: CountTable = {
  measure: 'firms',
  regions: ['A', 'B', 'C', 'D'],
  industries: ['p', 'q', 's', 't'],
  counts: {
    A: { p: 40, q: 31, s: 14, t: 15 },
    B: { p: 7, q: 16, s: 20, t: 7 },
    C: { p: 9, q: 9, t: 12 },
    D: { p: 4, q: 4, s: 6, t: 6 },
  },
};
const config: CompareConfig = { ...DEFAULT_COMPARE_CONFIG, minCount: 5 };

function rated(result: Specialisation, r: string, i: string): Extract<Rating, { kind: 'rated' }> {
  const rating = cellOf(result, r, i)?.rating;
  if (rating?.kind !== 'rated') throw new Error(`${r}.${i} is not rated: ${JSON.stringify(rating)}`);
  return rating;
}

describe('location quotient', () => {
  const result = specialisation(table, config);

  it('is (e_ri / e_r) / (e_i / e) for every cell at or above the floor', () => {
    // LQ = e_ri·e / (e_r·e_i):
    //   A.p = 40·200 / (100·60) = 8000/6000 = 1.3333    A.q = 31·200 / (100·60) = 6200/6000 = 1.0333
    //   A.s = 14·200 / (100·40) = 2800/4000 = 0.70      A.t = 15·200 / (100·40) = 3000/4000 = 0.75
    //   B.p =  7·200 / (50·60)  = 1400/3000 = 0.4667    B.q = 16·200 / (50·60)  = 3200/3000 = 1.0667
    //   B.s = 20·200 / (50·40)  = 4000/2000 = 2.00      B.t =  7·200 / (50·40)  = 1400/2000 = 0.70
    //   C.p =  9·200 / (30·60)  = 1800/1800 = 1.00      C.q = 1.00 likewise
    //   C.t = 12·200 / (30·40)  = 2400/1200 = 2.00
    //   D.s =  6·200 / (20·40)  = 1200/800  = 1.50      D.t = 1.50 likewise
    const expected: Record<string, number> = {
      'A.p': 4 / 3, 'A.q': 31 / 30, 'A.s': 0.7, 'A.t': 0.75,
      'B.p': 7 / 15, 'B.q': 16 / 15, 'B.s': 2, 'B.t': 0.7,
      'C.p': 1, 'C.q': 1, 'C.t': 2, 'D.s': 1.5, 'D.t': 1.5,
    };
    for (const [key, lq] of Object.entries(expected)) {
      const [r = '', i = ''] = key.split('.');
      expect(rated(result, r, i).lq, key).toBeCloseTo(lq, 10);
    }
    // Thresholds are met exactly, not missed by rounding: C.p is 1 and B.s is 2 to the last bit.
    expect(rated(result, 'C', 'p').lq).toBe(1);
    expect(rated(result, 'B', 's').lq).toBe(2);
    expect(result.measure).toBe('firms');
  });

  it('says "too small to rate" below the floor, never a number; the floor itself is rated', () => {
    // minCount 5: C.s = 0, D.p = 4 and D.q = 4 are under it.
    for (const [r, i] of [['C', 's'], ['D', 'p'], ['D', 'q']] as const) {
      expect(cellOf(result, r, i)?.rating).toEqual({ kind: 'too-small', reason: 'below-floor' });
    }
    // Move one firm of D from q to p: D.p = 5 sits on the floor and is rated, D.q = 3 is not.
    const atFloor = specialisation({ ...table, counts: { ...table.counts, D: { p: 5, q: 3, s: 6, t: 6 } } }, config);
    // e_p is now 61 and e = 200 still: D.p = 5·200 / (20·61) = 1000/1220 = 0.8197
    expect(rated(atFloor, 'D', 'p').lq).toBeCloseTo(1000 / 1220, 10);
    expect(cellOf(atFloor, 'D', 'q')?.rating.kind).toBe('too-small');
  });

  it('keeps a tiny region out of M even when its LQ would be huge', () => {
    // Region Z has 2 firms, both in s: LQ would be (2/2)/(42/202) = 4.8, but 2 < minCount 5.
    const withTiny: CountTable = { ...table, regions: [...table.regions, 'Z'], counts: { ...table.counts, Z: { s: 2 } } };
    const rel = relatedness(withTiny, config);
    expect(cellOf(rel.specialisation, 'Z', 's')?.rating).toEqual({ kind: 'too-small', reason: 'below-floor' });
    expect([...(rel.matrix.present.get('Z') ?? [])]).toEqual([]);
    // Z's two firms still count in e and e_s: A.s = 14·202 / (100·42) = 2828/4200 = 0.6733
    expect(rated(rel.specialisation, 'A', 's').lq).toBeCloseTo(2828 / 4200, 10);
  });

  it('rates a region with no firms and an industry present nowhere as too small, and leaves the rest alone', () => {
    const wider: CountTable = { ...table, regions: [...table.regions, 'E'], industries: [...table.industries, 'z'] };
    const result2 = specialisation(wider, config);
    expect(cellOf(result2, 'E', 'p')?.rating).toEqual({ kind: 'too-small', reason: 'empty-region' });
    expect(cellOf(result2, 'E', 'z')?.rating).toEqual({ kind: 'too-small', reason: 'empty-region' });
    expect(cellOf(result2, 'A', 'z')?.rating).toEqual({ kind: 'too-small', reason: 'absent-industry' });
    // e, e_r and e_i are unchanged, so every rated LQ is as before.
    expect(rated(result2, 'A', 'p').lq).toBeCloseTo(4 / 3, 10);
    expect(result2.cells).toHaveLength(25);
    // With minCount 0 an empty cell of a non-empty region and industry is rated LQ 0, not too small.
    expect(rated(specialisation(table, { ...config, minCount: 0 }), 'C', 's')).toMatchObject({ lq: 0, share: 0 });
  });

  it('uses the whole region total when the caller knows it, and carries the measure', () => {
    // Output in 亿元; A's whole economy is 200 (100 outside p..t), so e = 200+50+30+20 = 300.
    // A.p = 40·300 / (200·60) = 12000/12000 = 1.00; share 40/200 = .2. B.s = 20·300 / (50·40) = 3.00.
    const output = specialisation({ ...table, measure: 'output', regionTotals: { A: 200 } }, config);
    expect(output.measure).toBe('output');
    expect(rated(output, 'A', 'p')).toMatchObject({ lq: 1, share: 0.2 });
    expect(rated(output, 'B', 's').lq).toBeCloseTo(3, 10);
  });
});

describe('stars', () => {
  const result = specialisation(table, config);
  const stars = (r: string, i: string) => rated(result, r, i).stars;

  it('gives size to the top tenth within each industry, specialisation at LQ ≥ 2, focus to the top tenth of shares', () => {
    // Size, pooled per industry over cells with e_ri > 0: p has 4 cells (40, 7, 9, 4), k = ⌈0.4⌉ = 1,
    // threshold 40 → A.p. q: 31 → A.q. s: 3 cells (14, 20, 6; C.s = 0 is not in the pool) → B.s. t: 15 → A.t.
    // Specialisation: B.s = 2.00 and C.t = 2.00 (both at the threshold); A.p = 1.33 is not.
    // Focus: shares e_ri/e_r of the 15 cells with e_ri > 0, sorted: .40 (A.p 40/100), .40 (B.s 20/50),
    // .40 (C.t 12/30), .32 (B.q 16/50), .31 (A.q) …; k = ⌈1.5⌉ = 2, threshold .40 → the three tied cells.
    expect(stars('A', 'p')).toEqual({ size: true, specialisation: false, focus: true, count: 2 });
    expect(stars('A', 'q')).toEqual({ size: true, specialisation: false, focus: false, count: 1 });
    expect(stars('A', 't')).toEqual({ size: true, specialisation: false, focus: false, count: 1 });
    expect(stars('B', 's')).toEqual({ size: true, specialisation: true, focus: true, count: 3 });
    expect(stars('C', 't')).toEqual({ size: false, specialisation: true, focus: true, count: 2 });
    const starless = result.cells.filter((c) => c.rating.kind === 'rated' && c.rating.stars.count === 0).map((c) => `${c.region}.${c.industry}`);
    expect(starless).toEqual(['A.s', 'B.p', 'B.q', 'B.t', 'C.p', 'C.q', 'D.s', 'D.t']);
  });

  it('pools size over every cell when asked, ties with the k-th value included', () => {
    // 15 cells with e_ri > 0, k = 2; sorted 40, 31, 20, 16, 15 … → threshold 31: A.p and A.q only.
    const all = specialisation(table, { ...config, sizePool: 'all' });
    const sized = all.cells.filter((c) => c.rating.kind === 'rated' && c.rating.stars.size).map((c) => `${c.region}.${c.industry}`);
    expect(sized).toEqual(['A.p', 'A.q']);
    expect(topShareThreshold([5, 9, 9, 2], 0.5)).toBe(9); // k = 2; both 9s are in
    expect(topShareThreshold([], 0.1)).toBeNull();
  });

  it('counts the top 7% of 100 as 7, not 8 (100 × 0.07 is 7.000000000000001 in floating point)', () => {
    expect(topCount(100, 0.07)).toBe(7);
    expect(topCount(100, 0.55)).toBe(55); // 55.00000000000001
    expect(topCount(13, 0.1)).toBe(2);
    expect(topCount(3, 0.1)).toBe(1);
  });
});

describe('relatedness', () => {
  // M (rated and LQ ≥ 1): A {p, q}; B {q, s}; C {p, q, t}; D {s, t}. Ubiquity p 2, q 3, s 2, t 2.
  // φ = |both| / max(u_i, u_j):
  //   p,q: A and C → 2/max(2,3) = 2/3      p,s: none → 0       p,t: C → 1/2
  //   q,s: B → 1/3                         q,t: C → 1/3        s,t: D → 1/2
  // Σ_{i≠j} φ(i, j): p 2/3+0+1/2 = 7/6; q 2/3+1/3+1/3 = 4/3; s 0+1/3+1/2 = 5/6; t 1/2+1/3+1/2 = 4/3.
  const rel = relatedness(table, config);
  const { matrix, proximity } = rel;

  it('builds M from rated cells only, and φ as the smaller conditional probability', () => {
    expect(Object.fromEntries([...matrix.present].map(([r, set]) => [r, [...set]]))).toEqual({
      A: ['p', 'q'], B: ['q', 's'], C: ['p', 'q', 't'], D: ['s', 't'],
    });
    expect(phiOf(proximity, 'p', 'q')).toBeCloseTo(2 / 3, 12); // P(q|p) = 2/2 = 1, P(p|q) = 2/3
    expect(phiOf(proximity, 'q', 'p')).toBeCloseTo(2 / 3, 12);
    expect(phiOf(proximity, 'p', 's')).toBe(0);
    expect(phiOf(proximity, 'p', 't')).toBeCloseTo(1 / 2, 12);
    expect(phiOf(proximity, 'q', 's')).toBeCloseTo(1 / 3, 12);
    expect(phiOf(proximity, 'q', 't')).toBeCloseTo(1 / 3, 12);
    expect(phiOf(proximity, 's', 't')).toBeCloseTo(1 / 2, 12);
  });

  it('gives each region its density for the industries it does not specialise in', () => {
    // A, s: (φ(p,s) + φ(q,s)) / (5/6) = (0 + 1/3) / (5/6) = 2/5
    // A, t: (1/2 + 1/3) / (4/3) = (5/6) / (4/3) = 5/8
    // B, p: (φ(q,p) + φ(s,p)) / (7/6) = (2/3) / (7/6) = 4/7
    // C, s: (0 + 1/3 + 1/2) / (5/6) = 1 — every industry related to s is a strength of C
    // D, p: (0 + 1/2) / (7/6) = 3/7        D, q: (1/3 + 1/3) / (4/3) = 1/2
    expect(density(matrix, proximity, 'A', 's')).toBeCloseTo(2 / 5, 12);
    expect(density(matrix, proximity, 'A', 't')).toBeCloseTo(5 / 8, 12);
    expect(density(matrix, proximity, 'B', 'p')).toBeCloseTo(4 / 7, 12);
    expect(density(matrix, proximity, 'C', 's')).toBeCloseTo(1, 12);
    expect(density(matrix, proximity, 'D', 'p')).toBeCloseTo(3 / 7, 12);
    expect(density(matrix, proximity, 'D', 'q')).toBeCloseTo(1 / 2, 12);
  });

  it('ranks candidates by density, each naming its related strengths, strongest first then by id', () => {
    const view = (r: string) =>
      rankCandidates(matrix, proximity, r).map((c) => [c.industry, Number(c.density.toFixed(6)), c.supports.map((s) => `${s.industry}:${s.proximity.toFixed(4)}`)]);
    expect(view('A')).toEqual([['t', 0.625, ['p:0.5000', 'q:0.3333']], ['s', 0.4, ['q:0.3333']]]);
    // B, t: (1/3 + 1/2) / (4/3) = 5/8, above B, p = 4/7.
    expect(view('B')).toEqual([['t', 0.625, ['s:0.5000', 'q:0.3333']], ['p', 0.571429, ['q:0.6667']]]);
    expect(view('C')).toEqual([['s', 1, ['t:0.5000', 'q:0.3333']]]);
    // D's p and q are too small to rate, so D does not specialise in them: both are candidates.
    // D, q is supported by s and t at 1/3 each: the tie is broken by id.
    expect(view('D')).toEqual([['q', 0.5, ['s:0.3333', 't:0.3333']], ['p', 0.428571, ['t:0.5000']]]);
  });

  it('orders tied densities by id, and gives an empty region and an absent industry density 0', () => {
    // X {a, b}, Y {a, c}, W {a}, V {d}: u_a = 3, so φ(a, b) = φ(a, c) = 1/3; b, c and d are otherwise unrelated.
    // W's b and c both have density (1/3) / (1/3) = 1; d has no related industry, density 0.
    // Industries are listed backwards to show the order comes from the ids, not the input.
    const ties: CountTable = {
      measure: 'firms',
      regions: ['X', 'Y', 'W', 'V', 'E'],
      industries: ['z', 'd', 'c', 'b', 'a'],
      counts: { X: { a: 10, b: 10 }, Y: { a: 10, c: 10 }, W: { a: 10 }, V: { d: 10 } },
    };
    // e = 60, e_a = 30: X.a = 10·60 / (20·30) = 1.00, W.a = 10·60 / (10·30) = 2.00, X.b = 10·60 / (20·10) = 3.00
    const r = relatedness(ties, { ...config, minCount: 1 });
    const view = (region: string) => rankCandidates(r.matrix, r.proximity, region).map((c) => [c.industry, c.density, c.supports.map((s) => s.industry)]);
    expect(view('W')).toEqual([['b', 1, ['a']], ['c', 1, ['a']], ['d', 0, []], ['z', 0, []]]);
    // E has no firms: nothing is a strength, every industry is a candidate at density 0, in id order.
    expect(view('E')).toEqual([['a', 0, []], ['b', 0, []], ['c', 0, []], ['d', 0, []], ['z', 0, []]]);
    expect(phiOf(r.proximity, 'z', 'a')).toBe(0);
    expect(() => rankCandidates(r.matrix, r.proximity, 'nowhere')).toThrow(/nowhere/);
  });
});

describe('input checks', () => {
  it('fills the config defaults and names a bad field in both languages', () => {
    expect(parseCompareConfig(undefined)).toEqual({
      minCount: 3, specialisationLq: 2, sizeTopShare: 0.1, sizePool: 'industry', focusTopShare: 0.1, presenceLq: 1,
    });
    expect(() => parseCompareConfig({ focusTopShare: 1.5 })).toThrow(/focusTopShare.*\/ 应不大于 1/);
    expect(() => parseCompareConfig({ starLq: 2 })).toThrow(CompareInputError);
  });

  it('refuses a table with negative, fractional-firm or unlisted counts', () => {
    expect(parseCountTable(table)).toEqual(table);
    const bad = { ...table, counts: { A: { p: -1 }, B: { q: 1.5 }, Q: { p: 1 } } };
    expect(() => parseCountTable(bad)).toThrow(/counts\.A\.p[\s\S]*counts\.B\.q: a firm count is a whole number \/ 企业数应为整数[\s\S]*counts\.Q: unknown region/);
    expect(parseCountTable({ ...table, measure: 'output', counts: { A: { p: 1.5 } } }).counts.A?.p).toBe(1.5);
    expect(() => parseCountTable({ ...table, regionTotals: { A: 10 } })).toThrow(/regionTotals\.A/);
  });
});
