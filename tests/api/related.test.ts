// GET /api/related (延链) on a hand-built graph of five cities and four industries whose proximities and
// densities are computed below by hand, so the ranking and the supports are asserted exactly; plus a
// county scope whose peers have nothing to rate, and the 400s.
import { describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../graph/model';
import { RelatedView } from '../../graph/model/related';
import { seededTestServer } from '../helpers/seededServer';
import { getJson } from '../helpers/server';

/*
 * Firms covering a link of each industry (each firm covers one industry; minCount 3, presenceLq 1):
 *
 *            A   B   C   D  | e_r
 *   nantong  8   8   3   0  | 19   (A: 2 of them in nt-county; B: 1 in nt-county, 1 in a park in nantong)
 *   c2       3   3   3   0  |  9
 *   c3       4   0   4   1  |  9
 *   c4       0   3   3   3  |  9
 *   c5       1   1   0   4  |  6
 *   e_i     16  15  13   8  | e = 52
 * Shanghai (a partner region, not a city) has 5 firms in A: not a peer, so not counted.
 *
 * LQ = e_ri·e / (e_r·e_i), rated when e_ri ≥ 3:
 *   nantong A 8·52/(19·16) = 26/19 ≈ 1.368, B 8·52/(19·15) = 416/285 ≈ 1.460, C 3·52/(19·13) = 12/19 ≈ 0.632 (< 1)
 *   c2 A 13/12, B 52/45, C 4/3;  c3 A 13/9, C 16/9;  c4 B 52/45, C 4/3, D 13/6;  c5 D 13/3
 * M (LQ ≥ 1): nantong {A, B}, c2 {A, B, C}, c3 {A, C}, c4 {B, C, D}, c5 {D}
 * Ubiquity: A 3, B 3, C 3, D 2.
 * φ = regions with both / max(u_i, u_j):
 *   φ(A,B) = 2/3 (nantong, c2), φ(A,C) = 2/3 (c2, c3), φ(B,C) = 2/3 (c2, c4),
 *   φ(B,D) = 1/3 (c4), φ(C,D) = 1/3 (c4), φ(A,D) = 0
 * Density of nantong (strengths A, B):
 *   C: (φ(A,C) + φ(B,C)) / (φ(A,C) + φ(B,C) + φ(D,C)) = (4/3) / (5/3) = 0.8, supports A 2/3, B 2/3 (tie: by id)
 *   D: (φ(A,D) + φ(B,D)) / (φ(A,D) + φ(B,D) + φ(C,D)) = (1/3) / (2/3) = 0.5, supports B 1/3 (A has φ 0)
 * Density of c5 (strength D):
 *   B: φ(D,B) / (φ(A,B) + φ(C,B) + φ(D,B)) = (1/3) / (5/3) = 0.2, supports D 1/3
 *   C: φ(D,C) / (φ(A,C) + φ(B,C) + φ(D,C)) = 0.2, supports D 1/3 (ties B: by id)
 *   A: 0 / (2/3 + 2/3 + 0) = 0, no support
 */
const CELLS: { place: string; industry: string; n: number }[] = [
  { place: 'nantong', industry: 'A', n: 6 },
  { place: 'nt-county', industry: 'A', n: 2 },
  { place: 'nantong', industry: 'B', n: 6 },
  { place: 'nt-county', industry: 'B', n: 1 },
  { place: 'nt-park', industry: 'B', n: 1 },
  { place: 'nantong', industry: 'C', n: 3 },
  { place: 'c2', industry: 'A', n: 3 },
  { place: 'c2', industry: 'B', n: 3 },
  { place: 'c2', industry: 'C', n: 3 },
  { place: 'c3', industry: 'A', n: 4 },
  { place: 'c3', industry: 'C', n: 4 },
  { place: 'c3', industry: 'D', n: 1 },
  { place: 'c4', industry: 'B', n: 3 },
  { place: 'c4', industry: 'C', n: 3 },
  { place: 'c4', industry: 'D', n: 3 },
  { place: 'c5', industry: 'A', n: 1 },
  { place: 'c5', industry: 'B', n: 1 },
  { place: 'c5', industry: 'D', n: 4 },
  { place: 'shanghai', industry: 'A', n: 5 },
];

const GRAPH = `
CREATE (p:Entity:Region {id: 'prov', kind: 'province'})
CREATE (nt:Entity:Region {id: 'nantong', kind: 'city'})-[:PART_OF]->(p)
CREATE (c2:Entity:Region {id: 'c2', kind: 'city'})-[:PART_OF]->(p)
CREATE (c3:Entity:Region {id: 'c3', kind: 'city'})-[:PART_OF]->(p)
CREATE (c4:Entity:Region {id: 'c4', kind: 'city'})-[:PART_OF]->(p)
CREATE (c5:Entity:Region {id: 'c5', kind: 'city'})-[:PART_OF]->(p)
CREATE (:Entity:Region {id: 'shanghai', kind: 'partner-region'})
CREATE (:Entity:Region {id: 'nt-county', kind: 'county'})-[:PART_OF]->(nt)
CREATE (:Entity:Region {id: 'c2-county', kind: 'county'})-[:PART_OF]->(c2)
CREATE (:Entity:Park {id: 'nt-park', kind: 'science-park'})-[:LOCATED_IN]->(nt)
WITH count(*) AS created
UNWIND [['A', 'nantong'], ['B', 'nantong'], ['C', 'c2'], ['D', 'c4']] AS pair
MATCH (city:Region {id: pair[1]})
CREATE (i:Entity:Industry {id: pair[0], tier: 'emerging', nameZh: '产业' + pair[0], nameEn: 'Industry ' + pair[0]})-[:KEY_INDUSTRY_OF]->(city)
CREATE (i)-[:HAS_LINK]->(:Entity:ChainLink {id: 'link-' + pair[0], stage: 'midstream'})`;

const FIRMS = `
UNWIND $cells AS cell
MATCH (place:Entity {id: cell.place}), (:Industry {id: cell.industry})-[:HAS_LINK]->(link:ChainLink)
UNWIND range(1, cell.n) AS k
CREATE (f:Entity:Enterprise {id: cell.place + '-' + cell.industry + '-' + k})-[:LOCATED_IN]->(place)
CREATE (f)-[:COVERS]->(link)`;

const DEFAULTS = `
MATCH (n:Entity)
SET n.nameZh = coalesce(n.nameZh, n.id + '（中）'), n.nameEn = coalesce(n.nameEn, n.id),
    n.sourceKind = coalesce(n.sourceKind, 'document'), n.sourceRef = coalesce(n.sourceRef, 'test')`;

const fx = seededTestServer({
  prepare: (db) =>
    db.write(async (tx) => {
      await tx.run(GRAPH);
      await tx.run(FIRMS, { cells: CELLS });
      await tx.run(DEFAULTS);
    }),
});

async function related(query: string): Promise<RelatedView> {
  const { status, body } = await getJson(fx.baseUrl, `/api/related${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return RelatedView.parse(body);
}

const supports = (view: RelatedView) => view.candidates.map((c) => [c.industry.id, c.supports.map((s) => [s.industry.id, s.proximity])]);

describe('GET /api/related', () => {
  it('ranks the home city’s candidates by density, each with its related strengths, over the cities of the graph', async () => {
    const view = await related('');
    expect(view.region).toMatchObject({ id: 'nantong', kind: 'city' });
    expect(view.measure).toBe('firms');
    expect(view.peers.map((p) => p.id).sort()).toEqual(['c2', 'c3', 'c4', 'c5']);
    expect([view.regionCount, view.ratedRegionCount, view.minRegions, view.fewRegions, view.industryCount]).toEqual([5, 5, 5, false, 4]);
    expect([view.presenceLq, view.minCount]).toEqual([1, 3]);
    expect(view.strengths.map((s) => [s.industry.id, s.count, s.lq])).toEqual([
      ['B', 8, expect.closeTo(416 / 285, 12)],
      ['A', 8, expect.closeTo(26 / 19, 12)],
    ]);
    expect(view.candidates.map((c) => [c.industry.id, c.density, c.count, c.lq])).toEqual([
      ['C', expect.closeTo(0.8, 12), 3, expect.closeTo(12 / 19, 12)],
      ['D', expect.closeTo(0.5, 12), 0, null],
    ]);
    expect(supports(view)).toEqual([
      ['C', [['A', expect.closeTo(2 / 3, 12)], ['B', expect.closeTo(2 / 3, 12)]]],
      ['D', [['B', expect.closeTo(1 / 3, 12)]]],
    ]);
    expect(view.candidates[0]?.industry).toMatchObject({ label: 'Industry', nameZh: '产业C', nameEn: 'Industry C' });
    expect(view.totalCandidates).toBe(2);
    expect(await related('?region=nantong&limit=10')).toEqual(view);
  });

  it('answers for another city, ties by id, and keeps to the limit', async () => {
    const view = await related('?region=c5&limit=2');
    expect(view.peers.map((p) => p.id).sort()).toEqual(['c2', 'c3', 'c4', 'nantong']);
    expect(view.strengths.map((s) => s.industry.id)).toEqual(['D']);
    expect(view.candidates.map((c) => [c.industry.id, c.density])).toEqual([
      ['B', expect.closeTo(0.2, 12)],
      ['C', expect.closeTo(0.2, 12)],
    ]);
    expect(supports(view)).toEqual([
      ['B', [['D', expect.closeTo(1 / 3, 12)]]],
      ['C', [['D', expect.closeTo(1 / 3, 12)]]],
    ]);
    expect(view.totalCandidates).toBe(3);
    const all = await related('?region=c5');
    expect(all.candidates.map((c) => [c.industry.id, c.density, c.supports])).toContainEqual(['A', 0, []]);
  });

  it('flags a county whose level has no region with a cell to rate as too few regions to mean much', async () => {
    // Counties nt-county (A 2, B 1) and c2-county (no firms): every cell is below the floor of 3.
    const view = await related('?region=nt-county');
    expect(view.region).toMatchObject({ id: 'nt-county', kind: 'county' });
    expect(view.peers.map((p) => p.id)).toEqual(['c2-county']);
    expect([view.regionCount, view.ratedRegionCount, view.fewRegions]).toEqual([2, 0, true]);
    expect(view.strengths).toEqual([]);
    expect(view.candidates.every((c) => c.density === 0 && c.supports.length === 0)).toBe(true);
  });

  it.each([
    ['?region=no-such-region', 'query.region', 'no-such-region'],
    ['?limit=0', 'query.limit', ''],
    ['?limit=51', 'query.limit', ''],
    ['?limit=ten', 'query.limit', ''],
    ['?region=Bad%20Id', 'query.region', ''],
    ['?regions=nantong', 'query', 'regions'],
  ])('%s is a 400 naming %s', async (query, field, named) => {
    const { status, body } = await getJson(fx.baseUrl, `/api/related${query}`);
    expect(status).toBe(400);
    const { error } = ApiErrorBody.parse(body);
    expect(error.code).toBe('validation_failed');
    expect(error.details.map((d) => d.field)).toContain(field);
    expect(error.message).toContain(named);
    expect(error.messageZh).toContain(named);
    expect(JSON.stringify(body)).not.toMatch(/at \//);
  });
});
