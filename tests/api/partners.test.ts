// GET /api/partners on the nantong + demo datasets: partner regions, co-built parks and each analysed
// industry's cross-river partners or its partner gap.
import { describe, expect, it } from 'vitest';
import { GapMatrix } from '../../graph/model';
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
  });
});
