// GET /api/regions/:id/profile on the nantong + demo datasets: a county's coverage gaps (the gap
// engine's own), parks and specialities, firms by industry and link, partners; a city's counties with
// their gap counts; 404 for ids that name no region, 400 for malformed ones.
import { describe, expect, it } from 'vitest';
import { ApiErrorBody, GapList } from '../../graph/model';
import { RegionMap } from '../../graph/model/regionMap';
import { RegionProfile } from '../../graph/model/regions';
import { activeGapConfig } from '../../server/gaps/config';
import { computeSummary } from '../../server/gaps/service';
import { assertConfigRegionsExist, unknownConfigRegions, unknownConfigRegionsMessage } from '../../server/gaps/configCheck';
import { seededTestServer } from '../helpers/seededServer';
import { getJson } from '../helpers/server';

// Two firms the seeds lack: one in a park of 海安 covering a link, one in 海安 covering none.
const fx = seededTestServer({
  datasets: ['nantong', 'demo'],
  prepare: async (db) => {
    await db.write((tx) =>
      tx.run(`
        MATCH (park:Park {id: 'demo-park-sutong-intelligent-equipment'}), (r:Region {id: 'haian-city'})
        MATCH (:Industry {id: 'intelligent-equipment'})-[:HAS_LINK]->(l:ChainLink)
        WITH park, r, l ORDER BY l.id LIMIT 1
        CREATE (f:Enterprise:Entity {id: 'test-park-firm', nameZh: '园区内测试企业', nameEn: 'Firm in the park', sourceKind: 'illustrative'})
        CREATE (f)-[:LOCATED_IN]->(park), (f)-[:COVERS]->(l)
        CREATE (:Enterprise:Entity {id: 'test-unlinked-firm', nameZh: '未覆盖环节的测试企业', nameEn: 'Firm covering no link', sourceKind: 'illustrative'})-[:LOCATED_IN]->(r)`),
    );
  },
});

async function profile(id: string): Promise<RegionProfile> {
  const { status, body } = await getJson(fx.baseUrl, `/api/regions/${id}/profile`);
  expect(status, id).toBe(200);
  return RegionProfile.parse(body);
}

async function column<T>(cypher: string, params: Record<string, unknown>): Promise<T[]> {
  return fx.db.read(async (tx) => (await tx.run(cypher, params)).records.map((r) => r.get(0) as T));
}

const PLACE_RULES = 'region-no-co-built-park,region-no-high-tech-zone,park-speciality';

describe('GET /api/regions/:id/profile', () => {
  it('gives a county its gaps from the gap engine, with the coverage behind them', async () => {
    const view = await profile('haian-city');
    expect(view.region).toMatchObject({ id: 'haian-city', kind: 'county-level-city', nameZh: '海安市' });
    expect(view.within.map((r) => r.id)).toEqual(['nantong', 'jiangsu']);
    expect(view.assessed).toBe(true);
    const engine = GapList.parse((await getJson(fx.baseUrl, `/api/gaps?region=haian-city&rule=${PLACE_RULES}`)).body);
    expect(view.gaps.map((g) => g.id)).toEqual(engine.items.map((g) => g.id));
    // 海安 has a park co-built with 苏南 but no provincial+ high-tech zone.
    expect(view.gaps.map((g) => g.ruleId)).toEqual(['region-no-high-tech-zone']);
    expect(view.counties.map((c) => [c.region.id, c.coBuiltParks.map((p) => p.id), c.highTechZones.length, c.gapCount])).toEqual([
      ['haian-city', ['demo-park-sutong-intelligent-equipment'], 0, 1],
    ]);
    const haimen = await profile('haimen-district');
    expect(haimen.gaps.map((g) => g.ruleId)).toEqual(['region-no-co-built-park']);
    expect(haimen.counties[0]?.highTechZones.map((p) => p.id)).toEqual(['demo-park-textile-htz']);
  });

  it('lists the county’s parks with their specialities and co-built partner regions', async () => {
    const view = await profile('haian-city');
    expect(view.parks).toHaveLength(1);
    const [park] = view.parks;
    expect(park?.park).toMatchObject({ id: 'demo-park-sutong-intelligent-equipment', kind: 'co-built-park', illustrative: true });
    expect(park?.within?.id).toBe('haian-city');
    expect(park?.specialities.map((i) => i.id)).toEqual(['intelligent-equipment']);
    expect(park?.coBuiltWith.map((r) => r.id)).toEqual(['sunan']);
    const tongzhou = await profile('tongzhou-district');
    const htz = tongzhou.parks.find((p) => p.park.id === 'nantong-national-high-tech-zone');
    expect(htz?.specialities.map((s) => s.id).sort()).toEqual(['modern-home-textiles', 'shipbuilding-heavy-equipment', 'smart-building']);
    // Three specialities: the engine's park-speciality gap lies in the county too.
    expect(tongzhou.gaps.some((g) => g.ruleId === 'park-speciality' && g.subject.id === 'nantong-national-high-tech-zone')).toBe(true);
  });

  it('groups the county’s firms by industry and the links they cover', async () => {
    const view = await profile('tongzhou-district');
    const pairs = await column<string>(
      `MATCH (f:Enterprise)-[:LOCATED_IN*1..3]->(:Region)-[:PART_OF*0..]->(:Region {id: $id})
       MATCH (f)-[:COVERS]->(l:ChainLink)<-[:HAS_LINK]-(i:Industry)
       RETURN DISTINCT i.id + '/' + l.id + '/' + f.id`,
      { id: 'tongzhou-district' },
    );
    expect(pairs.length).toBeGreaterThan(0);
    const listed = view.firms.flatMap((g) => g.links.flatMap((l) => l.firms.map((f) => `${g.industry.id}/${l.link.id}/${f.id}`)));
    expect(listed.sort()).toEqual(pairs.sort());
    for (const group of view.firms) {
      for (const link of group.links) expect(link.firmCount).toBe(link.firms.length);
    }
    // Industries appear once each; a firm outside the county never does.
    expect(new Set(view.firms.map((g) => g.industry.id)).size).toBe(view.firms.length);
    expect(listed.some((p) => p.endsWith('/demo-sample-shipbuilding'))).toBe(false);
  });

  it('counts a firm in one of the county’s parks as local, and lists firms covering no link apart', async () => {
    const view = await profile('haian-city');
    const firms = view.firms.flatMap((g) => g.links.flatMap((l) => l.firms.map((f) => `${g.industry.id}/${f.id}`)));
    expect(firms).toContain('intelligent-equipment/test-park-firm');
    expect(firms).toContain('intelligent-equipment/demo-sample-intelligent-equipment');
    expect(view.otherFirms.map((f) => f.id)).toEqual(['test-unlinked-firm']);
    expect(view.otherFirmCount).toBe(1);
    expect(view.firmLimit).toBeGreaterThan(0);
  });

  it('lists the county’s partners with the partner region of each', async () => {
    const view = await profile('haian-city');
    const facts = view.partners.map((p) => [p.via?.id, p.relation, p.node.id, p.regionId]);
    expect(facts).toContainEqual(['demo-sample-intelligent-equipment', 'PARTNERS_WITH', 'demo-sunan-robotics-institute', 'sunan']);
    expect(facts).toContainEqual(['demo-park-sutong-intelligent-equipment', 'CO_BUILT_WITH', 'sunan', 'sunan']);
    expect(view.partners).toHaveLength(2);
  });

  it('gives a city its counties with their gap counts, and a former county no assessment', async () => {
    const city = await profile('nantong');
    expect(city.assessed).toBe(false);
    const valid = await column<string>(
      `MATCH (r:Region)-[:PART_OF]->(:Region {id: 'nantong'}) WHERE r.validTo IS NULL RETURN r.id ORDER BY r.id`,
      {},
    );
    expect(city.counties.map((c) => c.region.id)).toEqual(valid);
    const engine = GapList.parse((await getJson(fx.baseUrl, `/api/gaps?region=nantong&rule=${PLACE_RULES}`)).body);
    expect(city.gaps.map((g) => g.id).sort()).toEqual(engine.items.map((g) => g.id).sort());
    for (const county of city.counties) {
      const own = engine.items.filter((g) => g.regionIds?.includes(county.region.id)).length;
      expect(county.gapCount, county.region.id).toBe(own);
    }
    expect(city.partners.some((p) => p.node.id === 'shanghai' && p.via?.id === 'nantong')).toBe(true);
    // 海门市 became 海门区 in 2020: shown, but not assessed.
    const former = await profile('haimen-city');
    expect(former.region.validTo).toBe('2020');
    expect(former).toMatchObject({ assessed: false, counties: [], gaps: [] });
  });

  it('answers an id of no region with 404 in both languages, a malformed id or query with 400', async () => {
    for (const id of ['no-such-region', 'new-energy']) {
      const { status, body } = await getJson(fx.baseUrl, `/api/regions/${id}/profile`);
      expect(status, id).toBe(404);
      const { error } = ApiErrorBody.parse(body);
      expect(error.message).toBe(`Region "${id}" not found`);
      expect(error.messageZh).toBe(`未找到地区「${id}」`);
    }
    const bad = await getJson(fx.baseUrl, '/api/regions/Not_A_Slug/profile');
    expect(bad.status).toBe(400);
    expect(ApiErrorBody.parse(bad.body).error.details[0]).toMatchObject({ field: 'params.id' });
    const extra = await getJson(fx.baseUrl, '/api/regions/haian-city/profile?year=2020');
    expect(extra.status).toBe(400);
    const detail = ApiErrorBody.parse(extra.body).error.details[0];
    expect(detail?.field).toBe('query');
    expect(detail?.reason).toMatch(/year/);
  });

  it('is described in the OpenAPI document', async () => {
    const { body } = await getJson(fx.baseUrl, '/api/openapi.json');
    const op = (body as { paths: Record<string, { get?: { responses: Record<string, unknown> } }> }).paths['/api/regions/{id}/profile'];
    expect(op?.get?.responses['404']).toBeDefined();
    expect(op?.get?.responses['400']).toBeDefined();
  });
});

describe('GET /api/regions/:id/map', () => {
  const COUNTIES = ['chongchuan-district', 'haian-city', 'haimen-district', 'qidong-city', 'rudong-county', 'rugao-city', 'tongzhou-district'];
  const map = async (query: string) => {
    const { status, body } = await getJson(fx.baseUrl, `/api/regions/${query}`);
    expect(status, query).toBe(200);
    return RegionMap.parse(body);
  };

  it('rates each current county of the city by the gap engine with the county as the scope, and counts its firms', async () => {
    const started = Date.now();
    const view = await map('nantong/map?measure=gaps');
    console.log(`map of nantong's ${view.children.length} counties, cold: ${Date.now() - started} ms`);
    // Merged counties (港闸区, 海门市, 海安县) are left out; partner regions are never children.
    expect(view.children.map((c) => c.region.id)).toEqual(COUNTIES);
    expect(view).toMatchObject({ measure: 'gaps', industry: null, truncated: false, basis: 'firms' });
    for (const child of view.children) {
      const summary = await computeSummary(fx.db, { regionId: child.region.id });
      const gaps = Object.values(summary.gapsBySeverity).reduce((a, b) => a + b, 0);
      expect(child.gaps, child.region.id).toEqual({ status: 'rated', value: gaps });
      expect(child.value).toEqual(child.gaps);
      expect(child.score, child.region.id).toEqual(summary.industries > 0 ? { status: 'rated', value: summary.averageScore } : { status: 'no-data', value: null });
    }
    const [firms] = await column<number>(
      `MATCH (f:Enterprise)-[:LOCATED_IN*1..3]->(:Region {id: 'haian-city'}) RETURN count(DISTINCT f)`,
      {},
    );
    expect(view.children.find((c) => c.region.id === 'haian-city')?.firms).toEqual({ status: 'rated', value: firms });
  }, 240_000);

  it('gives the LQ of an industry against the counties, "too small" under the size floor', async () => {
    const all = await map('nantong/map');
    const industry = all.industries[0]?.id ?? '';
    expect(industry).not.toBe('');
    const view = await map(`nantong/map?measure=lq&industry=${industry}`);
    expect(view.industry?.id).toBe(industry);
    // Nothing but Nantong's counties is county-level here, so they are the LQ's whole reference economy.
    const er = new Map(all.children.map((c) => [c.region.id, c.firms.value ?? 0]));
    const eri = new Map(view.children.map((c) => [c.region.id, c.firms.value ?? 0]));
    const e = [...er.values()].reduce((a, b) => a + b, 0);
    const ei = [...eri.values()].reduce((a, b) => a + b, 0);
    for (const child of view.children) {
      const id = child.region.id;
      const [n, total] = [eri.get(id) ?? 0, er.get(id) ?? 0];
      if (total === 0) expect(child.lq.status, id).toBe('no-data');
      else if (n < view.minCount) expect(child.lq, id).toEqual({ status: 'too-small', value: null });
      else expect(child.lq, id).toEqual({ status: 'rated', value: Math.round(((n * e) / (total * ei)) * 100) / 100 });
      expect(child.value).toEqual(child.lq);
    }
  });

  it('maps the province’s cities, partner regions left out', async () => {
    const view = await map('jiangsu/map');
    expect(view.region).toMatchObject({ id: 'jiangsu', kind: 'province' });
    expect(view.children.map((c) => c.region.id)).toEqual(['nantong']);
    expect(view.children[0]?.value).toEqual(view.children[0]?.score);
  });

  it('answers 400 naming the field for a bad measure or industry, 404 for an unknown region', async () => {
    const field = async (query: string) => {
      const { status, body } = await getJson(fx.baseUrl, `/api/regions/${query}`);
      expect(status, query).toBe(400);
      const error = ApiErrorBody.parse(body).error;
      expect(error.messageZh).toMatch(/[\u4e00-\u9fff]/);
      return error.details?.map((d) => d.field);
    };
    expect(await field('nantong/map?measure=height')).toEqual(['query.measure']);
    expect(await field('nantong/map?measure=lq')).toEqual(['query.industry']);
    expect(await field('nantong/map?industry=no-such-industry')).toEqual(['query.industry']);
    expect(await field('nantong/map?colour=red')).toEqual(['query']);
    expect((await getJson(fx.baseUrl, '/api/regions/no-such-region/map')).status).toBe(404);
    const { body } = await getJson(fx.baseUrl, '/api/openapi.json');
    const op = (body as { paths: Record<string, { get?: { responses: Record<string, unknown> } }> }).paths['/api/regions/{id}/map'];
    expect(Object.keys(op?.get?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '404']));
  });
});

describe('the gap config\'s region ids, checked at start', () => {
  const good = activeGapConfig().config;

  it('passes the bundled config: its home city and partners are regions of the seeds', async () => {
    expect(await unknownConfigRegions(fx.db, good)).toEqual([]);
    await expect(assertConfigRegionsExist(fx.db, { config: good, source: 'gaps.config.json' })).resolves.toBeUndefined();
  });

  it('names a wrong cityId and a wrong partner id with their field, and lists the ids that exist', async () => {
    const bad = { ...good, cityId: 'nantongg', partnerRegionIds: ['shanghai', 'sunann'] };
    expect(await unknownConfigRegions(fx.db, bad)).toEqual([
      { field: 'cityId', id: 'nantongg', known: ['jiangsu', 'nantong'] },
      { field: 'partnerRegionIds[1]', id: 'sunann', known: ['shanghai', 'sunan', 'zhongguancun'] },
    ]);
    const error = await assertConfigRegionsExist(fx.db, { config: bad, source: 'my.config.json' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('my.config.json');
    expect(message).toMatch(/cityId: unknown region id "nantongg"; cities and provinces in the graph: jiangsu, nantong \/ 未知地区编号「nantongg」/);
    expect(message).toMatch(/partnerRegionIds\[1\]: unknown region id "sunann"; partner regions in the graph: shanghai, sunan/);
    expect(message).toContain('图中现有合作地区：shanghai, sunan');
    expect(message).not.toContain('"shanghai"');
  });

  it('lists at most ten existing ids as the hint, and says when the graph holds none of that kind', () => {
    const many = Array.from({ length: 11 }, (_, i) => `city-${i}`);
    const message = unknownConfigRegionsMessage('x.json', [
      { field: 'cityId', id: 'a', known: many },
      { field: 'partnerRegionIds[0]', id: 'b', known: [] },
    ]);
    expect(message).toContain(`${many.slice(0, 10).join(', ')}, …`);
    expect(message).not.toContain('city-10');
    expect(message).toContain('the graph holds no partner regions / 未知地区编号「b」；图中没有合作地区');
  });
});
