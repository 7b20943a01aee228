// GET /api/partners on the nantong + demo datasets: partner regions, co-built parks and each analysed
// industry's cross-river partners or its partner gap.
import { describe, expect, it } from 'vitest';
import { GapList, GapMatrix } from '../../graph/model';
import { PartnersView } from '../../graph/model/partners';
import { seededTestServer } from '../helpers/seededServer';
import { getJson } from '../helpers/server';

const fx = seededTestServer({ datasets: ['nantong', 'demo'] });

async function scalar<T>(cypher: string, params: Record<string, unknown>, alias: string): Promise<T> {
  return fx.db.read(async (tx) => (await tx.run(cypher, params)).records[0]?.get(alias) as T);
}

describe('GET /api/partners', () => {
  it('lists partner regions with their co-built parks and the partners located in them', async () => {
    const { status, body } = await getJson(fx.baseUrl, '/api/partners');
    expect(status).toBe(200);
    const view = PartnersView.parse(body);
    const regionIds = view.regions.map((r) => r.region.id).sort();
    expect(regionIds).toEqual(['shanghai', 'sunan']);
    const coBuilt = await scalar<string[]>(
      "MATCH (p:Park)-[:CO_BUILT_WITH]->(r:Region) WHERE r.id IN ['shanghai', 'sunan'] RETURN collect(p.id + '>' + r.id) AS pairs",
      {},
      'pairs',
    );
    expect(view.regions.flatMap((r) => r.coBuiltParks.map((p) => `${p.node.id}>${r.region.id}`)).sort()).toEqual(coBuilt.sort());
    // nantong PARTNERS_WITH shanghai (三(三)): a city-level link with its document section.
    const shanghai = view.regions.find((r) => r.region.id === 'shanghai');
    expect(shanghai?.cityLinks.some((l) => l.node.id === 'nantong' && l.sourceKind === 'document')).toBe(true);
    expect(shanghai?.partnerOrganisations.some((l) => l.node.id === 'shanghai-national-technology-transfer-exchange')).toBe(true);
  });

  it('gives every analysed industry its partners, or the engine’s gap with candidates', async () => {
    const view = PartnersView.parse((await getJson(fx.baseUrl, '/api/partners')).body);
    const matrix = GapMatrix.parse((await getJson(fx.baseUrl, '/api/gaps/matrix')).body);
    expect(view.industries.map((i) => i.industry.id).sort()).toEqual(matrix.rows.map((r) => r.industry.id).sort());
    for (const industry of view.industries) {
      const hasPartner = industry.partners.length + industry.coBuiltParks.length > 0;
      // Exactly the industries without any partner carry the partner-none gap.
      expect(industry.gap === null, industry.industry.id).toBe(hasPartner);
      for (const partner of industry.partners) expect(['shanghai', 'sunan']).toContain(partner.regionId);
    }
    const intelligent = view.industries.find((i) => i.industry.id === 'intelligent-equipment');
    expect(intelligent?.partners.some((p) => p.node.id === 'demo-sunan-robotics-institute')).toBe(true);
    expect(intelligent?.coBuiltParks.some((p) => p.node.id === 'demo-park-sutong-intelligent-equipment')).toBe(true);
    expect(view.industries.some((i) => i.candidates.length > 0)).toBe(true);
    // 补链招商: each industry carries exactly its chain-link gaps, each with candidates or the data missing.
    const chain = GapList.parse((await getJson(fx.baseUrl, '/api/gaps?rule=chain-missing-link,chain-break-risk,chain-weak-link')).body);
    expect(view.industries.flatMap((i) => i.chainGaps.map((g) => g.id)).sort()).toEqual(chain.items.map((g) => g.id).sort());
    for (const gap of view.industries.flatMap((i) => i.chainGaps)) expect(gap.suggestions.length > 0 || gap.missingData !== undefined, gap.id).toBe(true);
    const textiles = view.industries.find((i) => i.industry.id === 'high-end-textiles');
    expect(textiles?.chainGaps.find((g) => g.subject.id === 'textiles-fibre')?.suggestions[0]?.id).toBe('demo-sample-fibre-materials');
  });
});

describe('GET /api/partners?region=', () => {
  it('takes a county as the scope: city-level links are those of the county, an unknown region is a 400', async () => {
    const city = PartnersView.parse((await getJson(fx.baseUrl, '/api/partners')).body);
    const { status, body } = await getJson(fx.baseUrl, '/api/partners?region=haimen-district');
    expect(status).toBe(200);
    const county = PartnersView.parse(body);
    expect(county.regions.map((r) => r.region.id).sort()).toEqual(['shanghai', 'sunan']);
    // nantong's own partnership with Shanghai is the city's, not the county's.
    const cityLinks = (view: PartnersView) => view.regions.flatMap((r) => r.cityLinks.map((l) => l.node.id));
    expect(cityLinks(city)).toContain('nantong');
    expect(cityLinks(county)).not.toContain('nantong');
    const inCounty = await scalar<string[]>(
      `MATCH (a) WHERE a.id = 'haimen-district' OR EXISTS { (a)-[:LOCATED_IN*1..3]->(:Region)-[:PART_OF*0..]->(:Region {id: 'haimen-district'}) }
       RETURN collect(a.id) AS ids`,
      {},
      'ids',
    );
    for (const id of cityLinks(county)) expect(inCounty).toContain(id);
    // Partners reached through local organisations: fewer for a county than for the whole city.
    const partners = (view: PartnersView) => view.industries.reduce((n, i) => n + i.partners.length, 0);
    expect(partners(county)).toBeLessThan(partners(city));

    const unknown = await getJson(fx.baseUrl, '/api/partners?region=atlantis');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: { code: 'validation_failed', details: [{ field: 'query.region' }] } });
  });
});
