// GET /api/industries/:id/chain on the nantong + demo datasets: ghosts, counts, expansion, errors.
// GET /api/partners is in partners.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { IndustryGaps, SIX_ONES_SLOTS, type ApiErrorBody, type SixOnesSlot } from '../../graph/model';
import { ChainView, SLOT_RULES, type ChainElement, type ChainNodeData } from '../../graph/model/chainView';
import { seededTestServer } from '../helpers/seededServer';
import { getJson } from '../helpers/server';

const fx = seededTestServer({ datasets: ['nantong', 'demo'] });
let industryIds: string[];

/**
 * Each 六个一 slot as a pattern from an industry's family `s` (itself and its subsectors), written
 * independently of the endpoint and the gap engine, to check that a ghost means "no holder at all".
 */
const SLOT_PATTERNS: Record<SixOnesSlot, string> = {
  plan: "(:Plan {kind: 'industry-plan'})-[:PLANS]->(s)",
  leadFirm: '(:Enterprise)-[:LEADS]->(s)',
  innovationCentre: '(:InnovationCentre)-[:SERVES]->(s)',
  alliance: '(:Alliance)-[:SERVES]->(s)',
  fund: '(:Fund)-[:INVESTS_IN]->(s)',
  platforms:
    "(:Platform {kind: 'public-technology-service'})-[:SERVES]->(s) OR EXISTS { (:Platform {kind: 'public-technology-service'})-[:COVERS]->(:ChainLink)<-[:HAS_LINK]-(s) }",
};

async function chain(path: string): Promise<ChainView> {
  const { status, body } = await getJson(fx.baseUrl, path);
  expect(status, JSON.stringify(body)).toBe(200);
  return ChainView.parse(body);
}

function nodes(view: ChainView): ChainNodeData[] {
  return view.elements.flatMap((e: ChainElement) => (e.group === 'nodes' ? [e.data] : []));
}

async function scalar<T>(cypher: string, params: Record<string, unknown>, alias: string): Promise<T> {
  return fx.db.read(async (tx) => (await tx.run(cypher, params)).records[0]?.get(alias) as T);
}

beforeAll(async () => {
  industryIds = await scalar<string[]>('MATCH (i:Industry) RETURN collect(i.id) AS ids', {}, 'ids');
});

describe('GET /api/industries/:id/chain', () => {
  it('draws one ghost node for each slot the 六个一 matrix reports missing, in every industry', async () => {
    expect(industryIds.length).toBeGreaterThan(10);
    let ghostsSeen = 0;
    for (const id of industryIds) {
      const analysis = IndustryGaps.parse((await getJson(fx.baseUrl, `/api/industries/${id}/gaps`)).body);
      const ownRow = analysis.analysedAs === id ? analysis.row : null;
      const missing = ownRow
        ? SIX_ONES_SLOTS.filter((slot) => ['not-recorded', 'confirmed-missing'].includes(ownRow.cells[slot]?.status ?? ''))
        : [];
      const view = await chain(`/api/industries/${id}/chain`);
      expect(view.analysedAs?.id ?? null).toBe(analysis.analysedAs);
      const ghosts = nodes(view).filter((n) => n.ghost === true);
      expect(ghosts.map((g) => g.slot).sort(), id).toEqual([...missing].sort());
      for (const ghost of ghosts) {
        expect(ghost.role).toBe('ghost');
        expect(ghost.status).toBe(ownRow?.cells[ghost.slot as SixOnesSlot]?.status);
        // A ghost means no holder at all, however the graph is read.
        const held = await scalar<boolean>(
          `MATCH (i:Industry {id: $id})
           RETURN EXISTS { MATCH (s:Industry)-[:SUBSECTOR_OF*0..]->(i) WHERE ${SLOT_PATTERNS[ghost.slot as SixOnesSlot]} } AS held`,
          { id },
          'held',
        );
        expect(held, `${id} ${ghost.slot}`).toBe(false);
        expect(ghost.gapRules, `${id} ${ghost.slot}`).toContain(SLOT_RULES[ghost.slot as SixOnesSlot]);
      }
      ghostsSeen += ghosts.length;
    }
    // The demo layer leaves realistic gaps, so some slots are missing somewhere.
    expect(ghostsSeen).toBeGreaterThan(0);
  });

  it('shows every holder the matrix names, marked with its slot', async () => {
    const analysis = IndustryGaps.parse((await getJson(fx.baseUrl, '/api/industries/high-end-textiles/gaps')).body);
    const view = await chain('/api/industries/high-end-textiles/chain');
    const byId = new Map(nodes(view).map((n) => [n.id, n]));
    for (const slot of SIX_ONES_SLOTS) {
      for (const holder of analysis.row?.cells[slot]?.holders ?? []) {
        expect(byId.get(holder.id)?.slots, `${slot} ${holder.id}`).toContain(slot);
      }
    }
  });

  it('does not mark slots missing for an industry outside the 六个一 analysis', async () => {
    const unanalysed = [];
    for (const id of industryIds) {
      const view = await chain(`/api/industries/${id}/chain`);
      if (view.analysedAs?.id !== id) {
        unanalysed.push(id);
        expect(nodes(view).some((n) => n.ghost === true), id).toBe(false);
        expect(view.score).toBeNull();
        // A subsector's gaps belong to its parent's chain.
        expect(view.gaps, id).toEqual([]);
      }
    }
    // nantong names modern agriculture and a subsector (home textiles): both exist in the seed.
    expect(unanalysed.length).toBeGreaterThan(0);
  });

  it('marks gaps on the nodes they concern, with the highest severity', async () => {
    const view = await chain('/api/industries/high-end-textiles/chain');
    const industry = nodes(view).find((n) => n.role === 'industry');
    const own = view.gaps.filter((g) => g.subject.id === 'high-end-textiles');
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(industry?.gapRules)).toEqual(new Set(own.map((g) => g.ruleId)));
    const order = ['high', 'medium', 'low'];
    const highest = own.map((g) => g.severity).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
    expect(industry?.gapSeverity).toBe(highest);
    for (const gap of view.gaps.filter((g) => g.subject.label === 'ChainLink')) {
      expect(nodes(view).find((n) => n.id === gap.subject.id)?.gapRules).toContain(gap.ruleId);
    }
  });

  it('marks a slot a user confirmed missing as confirmed-missing, and the rest as not recorded', async () => {
    const view = await chain('/api/industries/aerospace/chain');
    const ghost = nodes(view).find((n) => n.ghost === true);
    expect(ghost, 'the demo leaves aerospace with a missing slot').toBeDefined();
    expect(ghost?.status).toBe('not-recorded');
    const slot = ghost?.slot as SixOnesSlot;
    await fx.db.write((tx) => tx.run('MATCH (i:Industry {id: $id}) SET i.confirmedMissing = [$slot]', { id: 'aerospace', slot }));
    try {
      const after = nodes(await chain('/api/industries/aerospace/chain'));
      expect(after.find((n) => n.ghost === true && n.slot === slot)?.status).toBe('confirmed-missing');
    } finally {
      await fx.db.write((tx) => tx.run('MATCH (i:Industry {id: $id}) REMOVE i.confirmedMissing', { id: 'aerospace' }));
    }
  });

  it('gives every link the exact counts of the organisations covering it', async () => {
    for (const id of industryIds) {
      const view = await chain(`/api/industries/${id}/chain`);
      const links = nodes(view).filter((n) => n.role === 'link');
      const expectedLinks = await scalar<number>(
        'MATCH (:Industry {id: $id})-[:HAS_LINK]->(l:ChainLink) RETURN count(l) AS n',
        { id },
        'n',
      );
      expect(links).toHaveLength(expectedLinks);
      for (const link of links) {
        const expected = await fx.db.read(async (tx) => {
          const record = (
            await tx.run(
              `MATCH (l:ChainLink {id: $link})
               RETURN COUNT { (m)-[:COVERS]->(l) } AS total,
                      COUNT { (m:Enterprise)-[:COVERS]->(l) } AS firms,
                      COUNT { (m:Enterprise)-[:COVERS]->(l)
                              WHERE EXISTS { (m)-[:LOCATED_IN*1..3]->(:Region)-[:PART_OF*0..]->(:Region {id: 'nantong'}) } } AS localFirms,
                      COUNT { (m:Platform)-[:COVERS]->(l) } AS platforms,
                      COUNT { (m:Institute)-[:COVERS]->(l) } AS institutes,
                      COUNT { (m:InnovationCentre)-[:COVERS]->(l) } AS centres`,
              { link: link.id },
            )
          ).records[0];
          return {
            total: record?.get('total') as number,
            counts: {
              firms: record?.get('firms') as number,
              localFirms: record?.get('localFirms') as number,
              platforms: record?.get('platforms') as number,
              institutes: record?.get('institutes') as number,
              centres: record?.get('centres') as number,
            },
          };
        });
        expect(link.counts, link.id).toEqual(expected.counts);
        expect(link.memberTotal, link.id).toBe(expected.total);
        expect(link.membersShown).toBeLessThanOrEqual(view.memberLimit);
      }
    }
  });

  it('counts local firms apart from firms across the river', async () => {
    // demo: a textiles fibre firm sits in Shanghai, so its link has a firm that is not local.
    const links = nodes(await chain('/api/industries/high-end-textiles/chain')).filter((n) => n.role === 'link');
    const firms = links.reduce((sum, l) => sum + (l.counts?.firms ?? 0), 0);
    const local = links.reduce((sum, l) => sum + (l.counts?.localFirms ?? 0), 0);
    expect(firms).toBeGreaterThan(local);
    expect(local).toBeGreaterThan(0);
  });

  it('takes region=<county>: local means inside the county, every firm still counted; an unknown region is a 400', async () => {
    const sum = (view: ChainView, key: 'firms' | 'localFirms') =>
      nodes(view).filter((n) => n.role === 'link').reduce((total, l) => total + (l.counts?.[key] ?? 0), 0);
    const city = await chain('/api/industries/high-end-textiles/chain');
    expect(sum(await chain('/api/industries/high-end-textiles/chain?region=nantong'), 'localFirms')).toBe(sum(city, 'localFirms'));
    const county = await chain('/api/industries/high-end-textiles/chain?region=haimen-district');
    // Firms covering a link of the industry and located in 海门区 (directly, in its parks or its sub-regions).
    const inCounty = await scalar<number>(
      `MATCH (:Industry {id: 'high-end-textiles'})-[:HAS_LINK]->(:ChainLink)<-[:COVERS]-(e:Enterprise)
       WHERE EXISTS { (e)-[:LOCATED_IN*1..3]->(:Region)-[:PART_OF*0..]->(:Region {id: 'haimen-district'}) }
       RETURN count(*) AS n`,
      {},
      'n',
    );
    expect(inCounty).toBeGreaterThan(0);
    expect(sum(county, 'localFirms')).toBe(inCounty);
    expect(sum(county, 'localFirms')).toBeLessThan(sum(city, 'localFirms'));
    expect(sum(county, 'firms')).toBe(sum(city, 'firms'));

    const { status, body } = await getJson(fx.baseUrl, '/api/industries/high-end-textiles/chain?region=atlantis');
    expect(status).toBe(400);
    const detail = (body as ApiErrorBody).error.details[0];
    expect(detail?.field).toBe('query.region');
    expect(detail?.reason).toContain('atlantis');
    expect(detail?.reasonZh).toContain('atlantis');
  });

  it('never sends an edge without both ends, and sends each id once', async () => {
    for (const id of industryIds) {
      const view = await chain(`/api/industries/${id}/chain?expand=all`);
      const ids = view.elements.map((e) => e.data.id);
      expect(new Set(ids).size, id).toBe(ids.length);
      const nodeIds = new Set(nodes(view).map((n) => n.id));
      for (const element of view.elements) {
        if (element.group === 'edges') {
          expect(nodeIds.has(element.data.source), element.data.id).toBe(true);
          expect(nodeIds.has(element.data.target), element.data.id).toBe(true);
        }
      }
    }
  });

  it('lays links in chain order with FEEDS edges and attaches holders to the industry', async () => {
    const view = await chain('/api/industries/high-end-textiles/chain');
    const links = nodes(view).filter((n) => n.role === 'link');
    const orders = links.map((l) => l.order ?? -1);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    const feeds = view.elements.filter((e) => e.group === 'edges' && e.data.type === 'FEEDS');
    const expectedFeeds = await scalar<number>(
      `MATCH (:Industry {id: 'high-end-textiles'})-[:HAS_LINK]->(:ChainLink)-[f:FEEDS]->(:ChainLink)<-[:HAS_LINK]-(:Industry {id: 'high-end-textiles'})
       RETURN count(f) AS n`,
      {},
      'n',
    );
    expect(feeds).toHaveLength(expectedFeeds);
    const leads = nodes(view).filter((n) => n.slots?.includes('leadFirm'));
    expect(leads.every((n) => n.role === 'holder')).toBe(true);
    expect(leads.length).toBeGreaterThan(0);
    expect(leads.every((n) => n.illustrative)).toBe(true);
  });

  it('shows a few members per link by default and all of them for an expanded link', async () => {
    const all = await chain('/api/industries/high-end-textiles/chain?expand=all&members=0');
    const busiest = nodes(all)
      .filter((n) => n.role === 'link')
      .sort((a, b) => (b.memberTotal ?? 0) - (a.memberTotal ?? 0))[0];
    expect(busiest?.memberTotal).toBeGreaterThan(1);
    expect(busiest?.membersShown).toBe(busiest?.memberTotal);

    const collapsed = await chain('/api/industries/high-end-textiles/chain?members=1');
    const link = nodes(collapsed).find((n) => n.id === busiest?.id);
    expect(link?.expanded).toBe(false);
    expect(link?.membersShown).toBe(1);
    const more = nodes(collapsed).find((n) => n.role === 'more' && n.linkId === busiest?.id);
    expect(more?.hidden).toBe((busiest?.memberTotal ?? 0) - 1);

    const one = await chain(`/api/industries/high-end-textiles/chain?members=1&expand=${busiest?.id}`);
    expect(one.expanded).toEqual([busiest?.id]);
    expect(nodes(one).find((n) => n.id === busiest?.id)?.membersShown).toBe(busiest?.memberTotal);
    expect(nodes(one).some((n) => n.role === 'more' && n.linkId === busiest?.id)).toBe(false);
  });

  it('shows partners and the parks co-built across the river', async () => {
    const view = await chain('/api/industries/intelligent-equipment/chain');
    const roles = new Set(nodes(view).map((n) => n.role));
    expect(roles.has('partner')).toBe(true);
    expect(roles.has('park')).toBe(true);
    expect(nodes(view).some((n) => n.role === 'region' && n.id === 'sunan')).toBe(true);
    expect(view.illustrative).toBe(true);
  });

  it('answers an unknown industry with 404', async () => {
    const { status, body } = await getJson(fx.baseUrl, '/api/industries/no-such-industry/chain');
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers a malformed expand list with 400 naming the field in English and Chinese', async () => {
    for (const bad of ['Bad%20Id', '--', 'textiles-fibre,Not_A_Slug']) {
      const { status, body } = await getJson(fx.baseUrl, `/api/industries/high-end-textiles/chain?expand=${bad}`);
      expect(status, bad).toBe(400);
      const error = (body as ApiErrorBody)
        .error;
      expect(error.code).toBe('validation_failed');
      expect(error.details[0]?.field).toMatch(/^query\.expand/);
      expect(error.details[0]?.reasonZh).toBeTruthy();
    }
  });

  it('answers a link of another industry in expand with 400', async () => {
    const { status, body } = await getJson(fx.baseUrl, '/api/industries/high-end-textiles/chain?expand=ship-design');
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { details: [{ field: 'query.expand' }] } });
  });

  it('answers a bad members count and a bad industry id with 400', async () => {
    expect((await getJson(fx.baseUrl, '/api/industries/high-end-textiles/chain?members=999')).status).toBe(400);
    expect((await getJson(fx.baseUrl, '/api/industries/Not_A_Slug/chain')).status).toBe(400);
  });

  it('is described in the OpenAPI document', async () => {
    const { body } = await getJson(fx.baseUrl, '/api/openapi.json');
    expect((body as { paths: Record<string, unknown> }).paths['/api/industries/{id}/chain']).toBeDefined();
  });
});
