// GET /api/compare: on a hand-built graph whose figures are computed below by hand (LQ, stars, link
// coverage, 六个一), the 400s, then on Nantong's default seed. One server; the graph is replaced between.
import { describe, expect, it } from 'vitest';
import { CompareResponse } from '../../graph/model';
import { seedDataset } from '../../server/datasets';
import { computeMatrix } from '../../server/gaps/service';
import { wipeGraph } from '../helpers/graph';
import { getJson } from '../helpers/server';
import { seededTestServer } from '../helpers/seededServer';

const THIS_YEAR = new Date().getUTCFullYear();
/** The first request reads the gap engine cold for each region; seeding Nantong takes a while too. */
const SLOW = 240_000;

// Two provinces: p1 holds cities a and b, p2 holds c and d. a holds county ac, which holds park ap.
// Industry x has links x1, x2, x3 and subsector xs (link xs1); industry y has links y1, y2.
//
// Firms (a firm is in an industry when it COVERS one of its links, or its subsector's, or LEADS it):
//   a: a1, a2 → x1 (in a); a3 → x1 (in ac); a4 → x1 (in ap); a5 LEADS x; a6 → xs1; a7 → x2 and y1;
//      a8 → y2; a9 nothing                        e_a = 9, x 7 (a1–a7), y 2 (a7, a8)
//   b: b1, b2 → x1; b3–b6 → y1                    e_b = 6, x 2, y 4
//   c: c1–c3 → y2                                 e_c = 3, y 3
//   d: none                                       e_d = 0
//   p1f in p1 itself → x1 (a province's firm, in no city); nowhere → x1 (located nowhere, counted nowhere)
// City level (peers a, b, c, d): e = 18, e_x = 9, e_y = 9, so e_i / e = 1/2 for both.
//   LQ(a, x) = (7/9) / (1/2) = 14/9;  LQ(b, y) = (4/6) / (1/2) = 4/3;  LQ(c, y) = (3/3) / (1/2) = 2
//   a·y (2), b·x (2) and c·x (0) are below the floor of 3: too small; d has no firms: empty region.
// Stars (defaults: LQ ≥ 2; top 10% by size per industry; top 10% by share over all cells):
//   size: x pool {7, 2} → k = 1, threshold 7 → a·x; y pool {2, 4, 3} → threshold 4 → b·y
//   focus: shares {7/9, 2/9, 2/6, 4/6, 3/3} → k = 1, threshold 1 → c·y; specialisation: c·y (LQ exactly 2)
//   → a·x 1 star (size), b·y 1 (size), c·y 2 (specialisation, focus)
// Province level (p1, p2): e_p1 = 16 (a, b, p1f), x 10; e_p2 = 3, x 0; e = 19, e_x = 10:
//   LQ(p1, x) = (10/16) / (10/19) = 19/16
// Coverage of x (links x1, x2, x3, xs1): a covers x1 (4 firms), x2 (1), xs1 (1) → 3/4; b x1 (2) → 1/4; c 0.
// 六个一 of x in a: a plan applying to a, lead firm a5 and an alliance in a → 3 of 6 filled. x is key to a
// only, y to b and c: elsewhere "not a key industry". Founding years: a1–a4 before the growth window,
// a5 this year, others none → x in a grows from 4 to 5 firms (rate 1/4); nowhere else enough dated firms.
const GRAPH = `
CREATE (p1:Entity:Region {id: 'p1', kind: 'province'}), (p2:Entity:Region {id: 'p2', kind: 'province'})
CREATE (a:Entity:Region {id: 'a', kind: 'city'})-[:PART_OF]->(p1), (b:Entity:Region {id: 'b', kind: 'city'})-[:PART_OF]->(p1)
CREATE (c:Entity:Region {id: 'c', kind: 'city'})-[:PART_OF]->(p2), (d:Entity:Region {id: 'd', kind: 'city'})-[:PART_OF]->(p2)
CREATE (ac:Entity:Region {id: 'ac', kind: 'county'})-[:PART_OF]->(a)
CREATE (ap:Entity:Park {id: 'ap', kind: 'development-zone'})-[:LOCATED_IN]->(ac)
CREATE (x:Entity:Industry {id: 'x', tier: 'emerging'})-[:KEY_INDUSTRY_OF]->(a)
CREATE (xs:Entity:Industry {id: 'xs', tier: 'emerging'})-[:SUBSECTOR_OF]->(x)
CREATE (y:Entity:Industry {id: 'y', tier: 'traditional'}), (y)-[:KEY_INDUSTRY_OF]->(b), (y)-[:KEY_INDUSTRY_OF]->(c)
CREATE (x)-[:HAS_LINK]->(x1:Entity:ChainLink {id: 'x1', stage: 'upstream', order: 0}), (x)-[:HAS_LINK]->(x2:Entity:ChainLink {id: 'x2', stage: 'midstream', order: 1})
CREATE (x)-[:HAS_LINK]->(:Entity:ChainLink {id: 'x3', stage: 'downstream', order: 2}), (xs)-[:HAS_LINK]->(xs1:Entity:ChainLink {id: 'xs1', stage: 'downstream', order: 3})
CREATE (y)-[:HAS_LINK]->(y1:Entity:ChainLink {id: 'y1', stage: 'upstream', order: 0}), (y)-[:HAS_LINK]->(y2:Entity:ChainLink {id: 'y2', stage: 'downstream', order: 1})
FOREACH (i IN range(1, 4) | CREATE (f:Entity:Enterprise {id: 'a' + i, foundedYear: 2000})-[:COVERS]->(x1))
WITH *
MATCH (a1:Enterprise {id: 'a1'}), (a2:Enterprise {id: 'a2'}), (a3:Enterprise {id: 'a3'}), (a4:Enterprise {id: 'a4'})
CREATE (a1)-[:LOCATED_IN]->(a), (a2)-[:LOCATED_IN]->(a), (a3)-[:LOCATED_IN]->(ac), (a4)-[:LOCATED_IN]->(ap)
CREATE (a5:Entity:Enterprise {id: 'a5', foundedYear: $thisYear})-[:LEADS]->(x), (a5)-[:LOCATED_IN]->(a)
CREATE (a6:Entity:Enterprise {id: 'a6'})-[:COVERS]->(xs1), (a6)-[:LOCATED_IN]->(a)
CREATE (a7:Entity:Enterprise {id: 'a7'})-[:COVERS]->(x2), (a7)-[:COVERS]->(y1), (a7)-[:LOCATED_IN]->(a)
CREATE (a8:Entity:Enterprise {id: 'a8'})-[:COVERS]->(y2), (a8)-[:LOCATED_IN]->(a)
CREATE (:Entity:Enterprise {id: 'a9'})-[:LOCATED_IN]->(a)
FOREACH (i IN range(1, 2) | CREATE (f:Entity:Enterprise {id: 'b' + i})-[:COVERS]->(x1), (f)-[:LOCATED_IN]->(b))
FOREACH (i IN range(3, 6) | CREATE (f:Entity:Enterprise {id: 'b' + i})-[:COVERS]->(y1), (f)-[:LOCATED_IN]->(b))
FOREACH (i IN range(1, 3) | CREATE (f:Entity:Enterprise {id: 'c' + i})-[:COVERS]->(y2), (f)-[:LOCATED_IN]->(c))
CREATE (p1f:Entity:Enterprise {id: 'p1f'})-[:COVERS]->(x1), (p1f)-[:LOCATED_IN]->(p1)
CREATE (:Entity:Enterprise {id: 'nowhere'})-[:COVERS]->(x1)
CREATE (plan:Entity:Plan {id: 'plan-x', kind: 'industry-plan'})-[:PLANS]->(x), (plan)-[:APPLIES_TO]->(a)
CREATE (:Entity:Alliance {id: 'alliance-x'})-[:SERVES]->(x)
WITH *
MATCH (al:Alliance {id: 'alliance-x'}), (a:Region {id: 'a'})
CREATE (al)-[:LOCATED_IN]->(a)
WITH DISTINCT 1 AS done
MATCH (n:Entity)
SET n.nameZh = coalesce(n.nameZh, n.id + '（中）'), n.nameEn = coalesce(n.nameEn, n.id),
    n.sourceKind = 'document', n.sourceRef = 'test'`;

const fx = seededTestServer({
  prepare: (db) =>
    db.write(async (tx) => {
      await tx.run(GRAPH, { thisYear: THIS_YEAR });
    }),
});

const compare = async (query: string): Promise<CompareResponse> => {
  const { status, body } = await getJson(fx.baseUrl, `/api/compare?${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return CompareResponse.parse(body);
};

type Cells = Record<string, Record<string, CompareResponse['regions'][number]['cells'][number]>>;
const byRegion = (body: CompareResponse): Cells =>
  Object.fromEntries(body.regions.map((r) => [r.region.id, Object.fromEntries(r.cells.map((c) => [c.industry.id, c]))]));

describe('GET /api/compare on a graph computed by hand', () => {
  it('rates every city against all cities, whatever else is compared, and says what e counts', async () => {
    const body = await compare('regions=a,b,c,d,p1');
    expect(body.measure).toBe('firms');
    expect(body.industry).toBeNull();
    expect(body.industries.map((i) => i.id)).toEqual(['x', 'y']);
    expect(body.reference).toEqual([
      { level: 'city', regionIds: ['a', 'b', 'c', 'd'] },
      { level: 'province', regionIds: ['p1', 'p2'] },
    ]);
    expect(body.regions.map((r) => [r.region.id, r.region.kind, r.firms])).toEqual([
      ['a', 'city', 9],
      ['b', 'city', 6],
      ['c', 'city', 3],
      ['d', 'city', 0],
      ['p1', 'province', 16],
    ]);
    const cells = byRegion(body);
    const lq = (r: string, i: string) => {
      const rating = cells[r]?.[i]?.specialisation;
      return rating?.kind === 'rated' ? { lq: rating.lq, stars: rating.stars } : rating;
    };
    expect(cells.a?.x?.firms).toBe(7);
    expect(lq('a', 'x')).toEqual({ lq: 14 / 9, stars: { size: true, specialisation: false, focus: false, count: 1 } });
    expect(lq('b', 'y')).toEqual({ lq: 4 / 3, stars: { size: true, specialisation: false, focus: false, count: 1 } });
    expect(lq('c', 'y')).toEqual({ lq: 2, stars: { size: false, specialisation: true, focus: true, count: 2 } });
    expect(lq('a', 'y')).toEqual({ kind: 'too-small', reason: 'below-floor' });
    expect(lq('b', 'x')).toEqual({ kind: 'too-small', reason: 'below-floor' });
    expect(lq('c', 'x')).toEqual({ kind: 'too-small', reason: 'below-floor' });
    expect(lq('d', 'y')).toEqual({ kind: 'too-small', reason: 'empty-region' });
    expect((lq('p1', 'x') as { lq: number }).lq).toBe(19 / 16);

    // 六个一 from the gap engine scoped to each region; x is key to a only, y to b and c.
    const engine = await computeMatrix(fx.db, { industryIds: ['x'] }, { regionId: 'a' });
    expect(cells.a?.x?.sixOnes).toEqual({ status: 'analysed', filled: 3, of: 6, score: engine.rows[0]?.score.total });
    expect(cells.b?.x?.sixOnes).toEqual({ status: 'not-key-industry' });
    expect(cells.a?.y?.sixOnes).toEqual({ status: 'not-key-industry' });
    expect(cells.c?.y?.sixOnes.status).toBe('analysed');
    expect(cells.a?.x?.coverage).toBeUndefined();

    // Growth: a·x has 5 dated firms, 4 founded before the window; nothing else has enough.
    expect(body.growth).toMatchObject({ basis: 'founding-year', toYear: THIS_YEAR, fromYear: THIS_YEAR - 5, available: true });
    expect(cells.a?.x?.growth).toEqual({ from: 4, to: 5, rate: 0.25 });
    expect(cells.a?.x?.firmsWithFoundingYear).toBe(5);
    expect(cells.b?.y?.growth).toBeNull();
  }, SLOW);

  it('with an industry: link coverage per region, and the same LQ when fewer peers are picked', async () => {
    const body = await compare('regions=a&regions=b,c&industry=x');
    expect(body.industry?.id).toBe('x');
    const cells = byRegion(body);
    expect(cells.a?.x?.coverage).toEqual({
      links: 4,
      covered: 3,
      share: 0.75,
      perLink: [
        { link: { id: 'x1', nameZh: 'x1（中）', nameEn: 'x1', stage: 'upstream', order: 0 }, firms: 4 },
        { link: { id: 'x2', nameZh: 'x2（中）', nameEn: 'x2', stage: 'midstream', order: 1 }, firms: 1 },
        { link: { id: 'x3', nameZh: 'x3（中）', nameEn: 'x3', stage: 'downstream', order: 2 }, firms: 0 },
        { link: { id: 'xs1', nameZh: 'xs1（中）', nameEn: 'xs1', stage: 'downstream', order: 3 }, firms: 1 },
      ],
    });
    expect([cells.b?.x?.coverage?.share, cells.c?.x?.coverage?.share]).toEqual([0.25, 0]);
    expect(cells.a?.x?.specialisation).toMatchObject({ kind: 'rated', lq: 14 / 9 });

    // A subsector: its own firms and links, and the 六个一 of the industry it rolls up into.
    const sub = byRegion(await compare('regions=a,b&industry=xs'));
    expect(sub.a?.xs).toMatchObject({ firms: 1, specialisation: { kind: 'too-small', reason: 'below-floor' }, coverage: { links: 1, covered: 1 } });
    expect(sub.a?.xs?.sixOnes).toMatchObject({ status: 'analysed', filled: 3 });
    expect(sub.b?.xs?.sixOnes).toEqual({ status: 'not-key-industry' });

    // Counts are kept until the graph changes: a firm in c covering x3 shows at once.
    await fx.db.write(async (tx) => {
      await tx.run(`MATCH (c:Region {id: 'c'}), (l:ChainLink {id: 'x3'})
        CREATE (f:Entity:Enterprise {id: 'c4', nameZh: 'c4', nameEn: 'c4', sourceKind: 'document', sourceRef: 'test'})-[:COVERS]->(l), (f)-[:LOCATED_IN]->(c)`);
    });
    const after = byRegion(await compare('regions=a&regions=b,c&industry=x'));
    expect([after.c?.x?.firms, after.c?.x?.coverage?.covered]).toEqual([1, 1]);
    await fx.db.write(async (tx) => {
      await tx.run(`MATCH (f:Enterprise {id: 'c4'}) DETACH DELETE f`);
    });
  }, SLOW);

  it('answers 400 naming the field and each unknown id in both languages', async () => {
    const bad = await getJson(fx.baseUrl, '/api/compare?regions=a,nowhere-city&industry=no-such-industry');
    expect(bad.status).toBe(400);
    const details = (bad.body as { error: { details: { field: string; reason: string; reasonZh: string }[] } }).error.details;
    expect(details).toEqual([
      { field: 'query.regions', reason: 'unknown region id "nowhere-city"', reasonZh: '未知地区编号「nowhere-city」' },
      { field: 'query.industry', reason: 'unknown industry id "no-such-industry"', reasonZh: '未知产业编号「no-such-industry」' },
    ]);
    const tooMany = Array.from({ length: 21 }, (_, i) => `r${i}`).join(',');
    for (const query of ['', 'regions=', `regions=${tooMany}`, 'regions=A_B']) {
      const response = await getJson(fx.baseUrl, `/api/compare?${query}`);
      expect(response.status, query).toBe(400);
      expect(JSON.stringify(response.body), query).toContain('query.regions');
    }
  }, SLOW);
});

describe('GET /api/compare on the default seed', () => {
  it('compares Nantong with Suzhou: real firm counts, peers of the city level', async () => {
    await wipeGraph(fx.db);
    for (const dataset of ['nantong', 'chains', 'nantong-public']) await seedDataset(fx.db, dataset);
    const body = await compare('regions=nantong,suzhou');
    expect(body.regions.map((r) => r.region.id)).toEqual(['nantong', 'suzhou']);
    // e_r checked against the graph directly: every Enterprise located inside the city.
    const direct = await fx.db.read(async (tx) => {
      const result = await tx.run(
        `UNWIND ['nantong', 'suzhou'] AS id
         MATCH (r:Region {id: id})
         RETURN id, COUNT { MATCH (e:Enterprise) WHERE EXISTS { (e)-[:LOCATED_IN*1..3]->(:Region)-[:PART_OF*0..]->(r) } } AS n`,
      );
      return result.records.map((rec) => [rec.get('id') as string, rec.get('n') as number]);
    });
    expect(body.regions.map((r) => [r.region.id, r.firms])).toEqual(direct);
    expect(body.reference[0]?.regionIds).toEqual(expect.arrayContaining(['nantong', 'suzhou', 'wuxi', 'changzhou']));
    const nantong = body.regions[0];
    // 六个一 for exactly the industries the gap engine analyses for Nantong (its key industries in the tiers analysed).
    const engine = await computeMatrix(fx.db, {}, { regionId: 'nantong' });
    expect(nantong?.cells.filter((c) => c.sixOnes.status === 'analysed').map((c) => c.industry.id).sort()).toEqual(
      engine.rows.map((r) => r.industry.id).sort(),
    );
    for (const cell of nantong?.cells ?? []) {
      if (cell.specialisation.kind === 'rated') expect(cell.firms).toBeGreaterThanOrEqual(body.thresholds.minCount);
    }
  }, SLOW);
});
