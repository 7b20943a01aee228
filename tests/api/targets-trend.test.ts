// Targets over time through the API, on a hand-built graph whose answers are worked out by hand: one
// target on track, one off track, one met, one without data, one lower-is-better, one qualitative, and a
// county's own series kept apart from the city's (Measurement.regionId, Target.regionId).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db/database';
import { GapList, GapSummary, TargetProgressList, type TargetProgress } from '../../graph/model';
import { loginAs } from '../helpers/auth';
import { openTestDatabase, wipeGraph } from '../helpers/graph';
import { getJson, startTestServer, type TestServer } from '../helpers/server';

let db: Database;
let server: TestServer;

const P = "sourceKind: 'document', sourceRef: 'test'";
const GRAPH = `
CREATE (province:Entity:Region {id: 'jiangsu', nameZh: '江苏省', nameEn: 'Jiangsu', kind: 'province', ${P}})
CREATE (city:Entity:Region {id: 'nantong', nameZh: '南通市', nameEn: 'Nantong', kind: 'city', ${P}})-[:PART_OF]->(province)
CREATE (:Entity:Region {id: 'rugao', nameZh: '如皋市', nameEn: 'Rugao', kind: 'county-level-city', ${P}})-[:PART_OF]->(city)
CREATE (:Entity:Region {id: 'shanghai', nameZh: '上海市', nameEn: 'Shanghai', kind: 'partner-region', ${P}})
CREATE (:Entity:Region {id: 'sunan', nameZh: '苏南', nameEn: 'Southern Jiangsu', kind: 'partner-region', ${P}})
WITH 1 AS one
UNWIND [
  {id: 'ind-on', higher: true}, {id: 'ind-off', higher: true}, {id: 'ind-met', higher: true},
  {id: 'ind-none', higher: true}, {id: 'ind-low', higher: false}
] AS i
CREATE (:Entity:Indicator {id: i.id, nameZh: '指标' + i.id, nameEn: 'Indicator ' + i.id, unit: '家', scope: 'nantong', higherIsBetter: i.higher, ${P}})
WITH count(*) AS indicators
UNWIND [
  {id: 't-on', ind: 'ind-on', year: 2020, value: 40, cmp: '>=', region: null},
  {id: 't-on-county', ind: 'ind-on', year: 2018, value: 500, cmp: '>=', region: 'rugao'},
  {id: 't-off', ind: 'ind-off', year: 2020, value: 100, cmp: '>=', region: null},
  {id: 't-met', ind: 'ind-met', year: 2020, value: 5, cmp: '>=', region: null},
  {id: 't-none', ind: 'ind-none', year: 2020, value: 1, cmp: '>=', region: null},
  {id: 't-low', ind: 'ind-low', year: 2020, value: 5, cmp: '<=', region: null}
] AS t
MATCH (ind:Indicator {id: t.ind})
CREATE (:Entity:Target {id: t.id, nameZh: '目标' + t.id, nameEn: 'Target ' + t.id, indicatorId: t.ind, year: t.year, value: t.value,
  comparator: t.cmp, unit: '家', regionId: t.region, ${P}})-[:TARGET_FOR {${P}}]->(ind)
WITH count(*) AS targets
UNWIND [
  ['ind-on', 2016, 10, null], ['ind-on', 2017, 20, null], ['ind-on', 2018, 30, null], ['ind-on', 2018, 1000, 'rugao'],
  ['ind-off', 2017, 10, null], ['ind-off', 2018, 12, null],
  ['ind-met', 2018, 6, null],
  ['ind-low', 2017, 9, null], ['ind-low', 2018, 8, null]
] AS m
MATCH (ind:Indicator {id: m[0]})
CREATE (:Entity:Measurement {id: 'm-' + m[0] + '-' + m[1] + coalesce('-' + m[3], ''), nameZh: '监测值', nameEn: 'Measurement',
  indicatorId: m[0], year: m[1], value: m[2], regionId: m[3], ${P}})-[:MEASURES {${P}}]->(ind)
WITH count(*) AS measurements
CREATE (:Entity:Target {id: 't-qual', nameZh: '2020年定性目标', nameEn: '2020 qualitative goal', year: 2020,
  textZh: '特色产业的科技创新体系基本形成', textEn: 'The innovation system is basically formed', sourceKind: 'document', sourceRef: '二'})`;

async function progress(query = ''): Promise<TargetProgressList> {
  const { status, body } = await getJson(server.baseUrl, `/api/targets/progress${query}`);
  expect(status).toBe(200);
  return TargetProgressList.parse(body);
}
const byId = (list: TargetProgressList): Map<string, TargetProgress> => new Map(list.items.map((i) => [i.target.id, i]));

beforeAll(async () => {
  db = await openTestDatabase();
  await wipeGraph(db);
  await db.write(async (tx) => {
    await tx.run(GRAPH);
  });
  server = await startTestServer(db);
});

afterAll(async () => {
  await server.close();
  await db.close();
});

describe('GET /api/targets/progress', () => {
  it('judges each target by the trend of its yearly series', async () => {
    const list = await progress();
    expect(Object.fromEntries(list.items.map((i) => [i.target.id, i.status]))).toEqual({
      't-on-county': 'met',
      't-on': 'on-track',
      't-off': 'off-track',
      't-met': 'met',
      't-none': 'no-data',
      't-low': 'off-track',
      't-qual': 'qualitative',
    });
    expect(list.counts).toEqual({ met: 2, onTrack: 1, offTrack: 2, noData: 1, qualitative: 1 });
    expect(list.total).toBe(7);
  });

  it("gives the series over the target's region, the trend and the reason in both languages", async () => {
    const items = byId(await progress());
    const on = items.get('t-on');
    // 10, 20, 30 in 2016–2018: slope 10 a year, 50 in 2020 ≥ 40. The county's 1000 is not the city's.
    expect(on?.series.map((p) => [p.year, p.value])).toEqual([[2016, 10], [2017, 20], [2018, 30]]);
    expect(on?.regionId).toBe('nantong');
    expect(on?.trend).toMatchObject({ slope: 10, points: 3, fromYear: 2016, toYear: 2018, direction: 'improving' });
    expect(on?.trend?.projected).toBeCloseTo(50, 9);
    expect(on?.reasonZh).toContain('2016–2018');
    expect(on?.reasonEn).toContain('projects 50');
    const county = items.get('t-on-county');
    expect(county?.regionId).toBe('rugao');
    expect(county?.series.map((p) => [p.year, p.value])).toEqual([[2018, 1000]]);
    // 9 then 8: falling by 1 a year is better for a lower-is-better indicator, yet 6 in 2020 is not ≤ 5.
    expect(items.get('t-low')?.trend).toMatchObject({ slope: -1, direction: 'improving' });
    expect(items.get('t-low')?.trend?.projected).toBeCloseTo(6, 9);
    expect(items.get('t-none')).toMatchObject({ latest: null, trend: null, series: [] });
  });

  it('lists a qualitative target with its text and section, not judged', async () => {
    const qual = byId(await progress()).get('t-qual');
    expect(qual).toMatchObject({ indicator: null, trend: null, latest: null, status: 'qualitative' });
    expect(qual?.target).toMatchObject({ value: null, textZh: '特色产业的科技创新体系基本形成', textEn: 'The innovation system is basically formed', sourceRef: '二' });
  });

  it('states the rule in Chinese and English', async () => {
    const { rule } = await progress();
    expect(rule.zh).toContain('最小二乘');
    expect(rule.zh).toContain('定性目标');
    expect(rule.en).toContain('least-squares');
    expect(rule.en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps each series to its region whichever region is analysed', async () => {
    const items = byId(await progress('?region=rugao'));
    expect(items.get('t-on-county')?.series.map((p) => p.value)).toEqual([1000]);
    expect(items.get('t-on')?.series.map((p) => p.value)).toEqual([10, 20, 30]);
  });

  it('refuses an unknown parameter or region with a 400 naming it', async () => {
    const unknown = await getJson(server.baseUrl, '/api/targets/progress?year=2020');
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('year');
    const region = await getJson(server.baseUrl, '/api/targets/progress?region=no-such-region');
    expect(region.status).toBe(400);
    expect(JSON.stringify(region.body)).toContain('region');
  });
});

describe('target gaps and the summary', () => {
  it('reports off-track and no-data targets as gaps, never met, on-track or qualitative ones', async () => {
    const { body } = await getJson(server.baseUrl, '/api/gaps?rule=target-off-track,target-no-data');
    const gaps = GapList.parse(body);
    expect(gaps.items.map((g) => `${g.ruleId}|${g.subject.id}`).sort()).toEqual(['target-no-data|t-none', 'target-off-track|t-low', 'target-off-track|t-off']);
    const off = gaps.items.find((g) => g.subject.id === 't-off');
    expect(off?.evidence).toEqual(['t-off', 'ind-off', 'm-ind-off-2018']);
    expect(off?.explanationZh).toContain('达不到');
    expect(off?.explanationEn).toContain('does not meet');
  });

  it('counts targets by status in the summary', async () => {
    const summary = GapSummary.parse((await getJson(server.baseUrl, '/api/gaps/summary')).body);
    expect(summary.targets).toEqual({ met: 2, onTrack: 1, offTrack: 2, noData: 1, qualitative: 1 });
  });
});

describe('editing a series', () => {
  it("adds a county's measurement through the edit API, and refuses a regionId that is no region with a 400 naming it", async () => {
    const editor = await loginAs(server.baseUrl, db, 'editor');
    const properties = { id: 'm-edit-rugao-2017', nameZh: '如皋监测值', nameEn: 'Rugao measurement', indicatorId: 'ind-on', year: 2017, value: 800 };
    const bad = await editor.post<{ error: { details: { field: string; reason: string; reasonZh: string }[] } }>('/api/edit/nodes', {
      label: 'Measurement',
      properties: { ...properties, regionId: 'ind-off' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d) => d.field)).toEqual(['body.properties.regionId']);
    expect(bad.body.error.details[0]?.reasonZh).toContain('地区');
    const created = await editor.post('/api/edit/nodes', { label: 'Measurement', properties: { ...properties, regionId: 'rugao' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const county = byId(await progress()).get('t-on-county');
    expect(county?.series.map((p) => [p.year, p.value])).toEqual([[2017, 800], [2018, 1000]]);
    expect(byId(await progress()).get('t-on')?.series.map((p) => p.value)).toEqual([10, 20, 30]);
  });
});
