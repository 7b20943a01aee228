// The region scope (issue 17 §1) on a hand-built graph of two cities in one province, each with its own
// key industries and one they share: every scope sees only its own industries, and only holders inside
// it fill its 六个一 slots. A county analyses its own key industries or, with none, its city's; the
// province analyses the union of its cities'.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db/database';
import type { GapConfig } from '../../graph/model';
import { DEFAULT_GAP_CONFIG_PATH, readGapConfig } from '../../server/gaps/config';
import { computeGaps, computeIndustryGaps, computeMatrix, computeSummary } from '../../server/gaps/service';
import { buildGraph, openTestDatabase, wipeGraph } from '../helpers/graph';

let db: Database;
const config: GapConfig = { ...readGapConfig(DEFAULT_GAP_CONFIG_PATH), cityId: 'city-a', partnerRegionIds: [], asOfYear: 2025 };

const GRAPH = `
CREATE (prov:Entity:Region {id: 'prov', kind: 'province'})
CREATE (a:Entity:Region {id: 'city-a', kind: 'city'})-[:PART_OF]->(prov)
CREATE (b:Entity:Region {id: 'city-b', kind: 'city'})-[:PART_OF]->(prov)
CREATE (a1:Entity:Region {id: 'county-a1', kind: 'county'})-[:PART_OF]->(a)
CREATE (a2:Entity:Region {id: 'county-a2', kind: 'district'})-[:PART_OF]->(a)
CREATE (b1:Entity:Region {id: 'county-b1', kind: 'county'})-[:PART_OF]->(b)

CREATE (ia:Entity:Industry {id: 'ind-a', tier: 'traditional'})-[:KEY_INDUSTRY_OF]->(a)
CREATE (ib:Entity:Industry {id: 'ind-b', tier: 'emerging'})-[:KEY_INDUSTRY_OF]->(b)
CREATE (shared:Entity:Industry {id: 'ind-shared', tier: 'emerging'})-[:KEY_INDUSTRY_OF]->(a)
CREATE (shared)-[:KEY_INDUSTRY_OF]->(b)
CREATE (ia2:Entity:Industry {id: 'ind-a2', tier: 'seed'})-[:KEY_INDUSTRY_OF]->(a2)
CREATE (:Entity:Industry {id: 'ind-nobody', tier: 'emerging'})

CREATE (plan:Entity:Plan {id: 'plan-a', kind: 'industry-plan'})-[:PLANS]->(ia)
CREATE (plan)-[:APPLIES_TO]->(a)
CREATE (planB:Entity:Plan {id: 'plan-b-shared', kind: 'industry-plan'})-[:PLANS]->(shared)
CREATE (planB)-[:APPLIES_TO]->(b)
CREATE (lead:Entity:Enterprise {id: 'lead-a1'})-[:LEADS]->(ia)
CREATE (lead)-[:LOCATED_IN]->(a1)
CREATE (centre:Entity:InnovationCentre {id: 'centre-b'})-[:SERVES]->(shared)
CREATE (centre)-[:LOCATED_IN]->(b1)
CREATE (park:Entity:Park {id: 'park-a2', kind: 'development-zone'})-[:LOCATED_IN]->(a2)
CREATE (fund:Entity:Fund {id: 'fund-a2', kind: 'industry-fund'})-[:INVESTS_IN]->(ia2)
CREATE (fund)-[:LOCATED_IN]->(park)`;

const rowsOf = async (regionId: string) => (await computeMatrix(db, {}, { config, regionId })).rows;
const industriesOf = async (regionId: string) => (await rowsOf(regionId)).map((r) => r.industry.id).sort();
const holdersOf = async (regionId: string, industry: string, slot: 'plan' | 'leadFirm' | 'innovationCentre' | 'fund') =>
  (await rowsOf(regionId)).find((r) => r.industry.id === industry)?.cells[slot]?.holders.map((h) => h.id);

beforeAll(async () => {
  db = await openTestDatabase();
  await wipeGraph(db);
  await buildGraph(db, GRAPH, null);
});

afterAll(async () => {
  await db.close();
});

describe('the region analysed', () => {
  it('analyses each city’s own key industries (and its counties’), never another city’s or an unclaimed one', async () => {
    expect(await industriesOf('city-a')).toEqual(['ind-a', 'ind-a2', 'ind-shared']);
    expect(await industriesOf('city-b')).toEqual(['ind-b', 'ind-shared']);
    // Without a region the configured home city is analysed.
    expect((await computeMatrix(db, {}, { config })).rows.map((r) => r.industry.id).sort()).toEqual(['ind-a', 'ind-a2', 'ind-shared']);
    const gapsA = await computeGaps(db, {}, { config, regionId: 'city-a' });
    expect(gapsA.some((g) => g.industryId === 'ind-b' || g.industryId === 'ind-nobody')).toBe(false);
    expect((await computeIndustryGaps(db, 'ind-b', { config, regionId: 'city-a' }))?.row).toBeNull();
    expect((await computeIndustryGaps(db, 'ind-b', { config, regionId: 'city-b' }))?.row?.industry.id).toBe('ind-b');
  });

  it('fills a slot only with holders inside the region', async () => {
    // The centre in county-b1 serves the shared industry: city B's centre, not city A's.
    expect(await holdersOf('city-b', 'ind-shared', 'innovationCentre')).toEqual(['centre-b']);
    expect(await holdersOf('city-a', 'ind-shared', 'innovationCentre')).toEqual([]);
    // A plan fills the slot of the region it applies to.
    expect(await holdersOf('city-b', 'ind-shared', 'plan')).toEqual(['plan-b-shared']);
    expect(await holdersOf('city-a', 'ind-shared', 'plan')).toEqual([]);
    // A fund located in a park of county A2 is inside A2 and inside city A.
    expect(await holdersOf('county-a2', 'ind-a2', 'fund')).toEqual(['fund-a2']);
    expect(await holdersOf('city-a', 'ind-a2', 'fund')).toEqual(['fund-a2']);
    const gapsA = await computeGaps(db, { ruleIds: ['six-ones-innovation-centre'] }, { config, regionId: 'city-a' });
    expect(gapsA.map((g) => g.industryId).sort()).toEqual(['ind-a', 'ind-a2', 'ind-shared']);
  });

  it('a county analyses its own key industries, or its city’s where it has none, with local meaning inside it', async () => {
    expect(await industriesOf('county-a2')).toEqual(['ind-a2']);
    expect(await industriesOf('county-a1')).toEqual(['ind-a', 'ind-shared']);
    // The lead firm is in county A1: A1's and the city's, not county A2's concern (A2 does not analyse ind-a).
    expect(await holdersOf('county-a1', 'ind-a', 'leadFirm')).toEqual(['lead-a1']);
    expect(await holdersOf('city-a', 'ind-a', 'leadFirm')).toEqual(['lead-a1']);
    // The city's plan applies to the city, not to the county.
    expect(await holdersOf('county-a1', 'ind-a', 'plan')).toEqual([]);
    // A county's only county-level unit is itself: the place rules judge A1 alone.
    const place = await computeGaps(db, { ruleIds: ['region-no-high-tech-zone'] }, { config, regionId: 'county-a1' });
    expect(place.map((g) => g.subject.id)).toEqual(['county-a1']);
  });

  it('the province analyses the union of its cities’ key industries, with every holder inside it', async () => {
    expect(await industriesOf('prov')).toEqual(['ind-a', 'ind-a2', 'ind-b', 'ind-shared']);
    expect(await holdersOf('prov', 'ind-shared', 'innovationCentre')).toEqual(['centre-b']);
    const place = await computeGaps(db, { ruleIds: ['region-no-high-tech-zone'] }, { config, regionId: 'prov' });
    expect(place.map((g) => g.subject.id).sort()).toEqual(['county-a1', 'county-a2', 'county-b1']);
  });

  it('keeps each region’s answers apart in the cache', async () => {
    const [a, b] = await Promise.all([computeSummary(db, { config, regionId: 'city-a' }), computeSummary(db, { config, regionId: 'city-b' })]);
    expect([a.industries, b.industries]).toEqual([3, 2]);
    expect((await computeSummary(db, { config, regionId: 'city-a' })).industries).toBe(3);
  });
});
