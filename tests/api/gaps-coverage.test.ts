// Rules 4 (cross-river partners, co-built parks, high-tech zones, 一园一专业) and 5 (targets) on a
// hand-built graph whose answers are known exactly, including what must not be flagged: regions no
// longer (or not yet) valid, parks outside the city, partners outside Shanghai and southern Jiangsu.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db/database';
import type { GapConfig } from '../../graph/model';
import { DEFAULT_GAP_CONFIG_PATH, readGapConfig } from '../../server/gaps/config';
import { computeGaps, computeSummary, computeTargetProgress } from '../../server/gaps/service';
import { buildGraph, openTestDatabase, wipeGraph } from '../helpers/graph';

let db: Database;
const config: GapConfig = { ...readGapConfig(DEFAULT_GAP_CONFIG_PATH), asOfYear: 2025 };

const GRAPH = `
CREATE (province:Entity:Region {id: 'jiangsu', kind: 'province'})
CREATE (city:Entity:Region {id: 'nantong', kind: 'city'})-[:PART_OF]->(province)
CREATE (sh:Entity:Region {id: 'shanghai', kind: 'partner-region'})
CREATE (sunan:Entity:Region {id: 'sunan', kind: 'partner-region'})
CREATE (zgc:Entity:Region {id: 'zhongguancun', kind: 'partner-region'})

CREATE (all:Entity:Region {id: 'county-all', kind: 'county-level-city'})-[:PART_OF]->(city)
CREATE (devzone:Entity:Park {id: 'park-devzone', kind: 'development-zone'})-[:LOCATED_IN]->(all)
CREATE (devzone)-[:CO_BUILT_WITH]->(sh)
CREATE (:Entity:Park {id: 'park-htz-inner', kind: 'provincial-high-tech-zone'})-[:LOCATED_IN]->(devzone)
CREATE (kindOnly:Entity:Region {id: 'county-co-built-kind', kind: 'county'})-[:PART_OF]->(city)
CREATE (:Entity:Park {id: 'park-co-built', kind: 'co-built-park'})-[:LOCATED_IN]->(kindOnly)
CREATE (none:Entity:Region {id: 'county-none', kind: 'district'})-[:PART_OF]->(city)
CREATE (:Entity:Park {id: 'park-beijing-partner', kind: 'science-park'})-[:LOCATED_IN]->(none)
CREATE (:Entity:Region {id: 'county-expired', kind: 'county', validTo: '2018'})-[:PART_OF]->(city)
CREATE (:Entity:Region {id: 'district-merged', kind: 'district', validTo: '2020-09'})-[:PART_OF]->(city)
CREATE (:Entity:Region {id: 'district-future', kind: 'district', validFrom: '2030'})-[:PART_OF]->(city)
CREATE (:Entity:Region {id: 'county-elsewhere', kind: 'county'})-[:PART_OF]->(sunan)

CREATE (pOne:Entity:Park {id: 'park-one', kind: 'science-park'})-[:LOCATED_IN]->(none)
CREATE (pTwo:Entity:Park {id: 'park-two', kind: 'science-park'})-[:LOCATED_IN]->(city)
CREATE (:Entity:Park {id: 'park-shanghai', kind: 'science-park'})-[:LOCATED_IN]->(sh)

CREATE (a:Entity:Industry {id: 'ind-a', tier: 'traditional'})
CREATE (b:Entity:Industry {id: 'ind-b', tier: 'emerging'})
CREATE (c:Entity:Industry {id: 'ind-c', tier: 'emerging'})
CREATE (d:Entity:Industry {id: 'ind-d', tier: 'seed'})
CREATE (e:Entity:Industry {id: 'ind-e', tier: 'seed'})
CREATE (instSh:Entity:Institute {id: 'inst-shanghai', kind: 'research-institute'})-[:LOCATED_IN]->(sh)
CREATE (instZgc:Entity:Institute {id: 'inst-zhongguancun', kind: 'university'})-[:LOCATED_IN]->(zgc)
CREATE (a)-[:PARTNERS_WITH]->(instSh)
CREATE (leadB:Entity:Enterprise {id: 'lead-b'})-[:LOCATED_IN]->(all)
CREATE (leadB)-[:LEADS]->(b)
CREATE (leadB)-[:PARTNERS_WITH]->(sunan)
CREATE (pCo:Entity:Park {id: 'park-co-built-c', kind: 'co-built-park', sourceKind: 'illustrative'})-[:LOCATED_IN]->(kindOnly)
CREATE (pCo)-[:CO_BUILT_WITH]->(sh)
CREATE (pCo)-[:SPECIALISES_IN]->(c)
CREATE (d)-[:PARTNERS_WITH]->(instZgc)
CREATE (tf:Entity:TechField {id: 'field-d'})
CREATE (d)-[:NEEDS]->(tf)
CREATE (instSh)-[:RESEARCHES]->(tf)
CREATE (pOne)-[:SPECIALISES_IN]->(a)
CREATE (pTwo)-[:SPECIALISES_IN]->(a)
CREATE (pTwo)-[:SPECIALISES_IN]->(b)
CREATE (devzone)-[:SPECIALISES_IN]->(b)
CREATE (:Entity:Park {id: 'park-htz-inner-speciality', kind: 'science-park'})-[:LOCATED_IN]->(pTwo)

CREATE (i1:Entity:Indicator {id: 'ind-early-met', unit: '家', scope: 'nantong', higherIsBetter: true})
CREATE (:Entity:Target {id: 't-early-met', indicatorId: 'ind-early-met', year: 2018, value: 10, comparator: '>=', unit: '家'})-[:TARGET_FOR]->(i1)
CREATE (:Entity:Measurement {id: 'm-early-met', indicatorId: 'ind-early-met', year: 2017, value: 12, sourceKind: 'illustrative'})-[:MEASURES]->(i1)
CREATE (i2:Entity:Indicator {id: 'ind-early-behind', unit: '家', scope: 'nantong', higherIsBetter: true})
CREATE (:Entity:Target {id: 't-early-behind', indicatorId: 'ind-early-behind', year: 2018, value: 10, comparator: '>=', unit: '家'})-[:TARGET_FOR]->(i2)
CREATE (:Entity:Measurement {id: 'm-early-behind', indicatorId: 'ind-early-behind', year: 2017, value: 8})-[:MEASURES]->(i2)
CREATE (i3:Entity:Indicator {id: 'ind-about-met', unit: '%', scope: 'nantong', higherIsBetter: true})
CREATE (:Entity:Target {id: 't-about-met', indicatorId: 'ind-about-met', year: 2018, value: 100, comparator: '~', unit: '%'})-[:TARGET_FOR]->(i3)
CREATE (:Entity:Measurement {id: 'm-about-met', indicatorId: 'ind-about-met', year: 2018, value: 92})-[:MEASURES]->(i3)
CREATE (i4:Entity:Indicator {id: 'ind-about-behind', unit: '%', scope: 'nantong', higherIsBetter: true})
CREATE (:Entity:Target {id: 't-about-behind', indicatorId: 'ind-about-behind', year: 2018, value: 100, comparator: '~', unit: '%'})-[:TARGET_FOR]->(i4)
CREATE (:Entity:Measurement {id: 'm-about-behind', indicatorId: 'ind-about-behind', year: 2018, value: 85})-[:MEASURES]->(i4)
CREATE (i5:Entity:Indicator {id: 'ind-latest', unit: 't', scope: 'county-all', higherIsBetter: false})
CREATE (:Entity:Target {id: 't-latest', indicatorId: 'ind-latest', year: 2018, value: 5, comparator: '<=', unit: 't'})-[:TARGET_FOR]->(i5)
CREATE (:Entity:Measurement {id: 'm-latest-old', indicatorId: 'ind-latest', year: 2016, value: 3})-[:MEASURES]->(i5)
CREATE (:Entity:Measurement {id: 'm-latest-new', indicatorId: 'ind-latest', year: 2018, value: 6})-[:MEASURES]->(i5)
CREATE (i6:Entity:Indicator {id: 'ind-no-data', unit: '项', scope: 'nantong', higherIsBetter: true})
CREATE (:Entity:Target {id: 't-no-data', indicatorId: 'ind-no-data', year: 2035, value: 1, comparator: '>=', unit: '项'})-[:TARGET_FOR]->(i6)`;

beforeAll(async () => {
  db = await openTestDatabase();
  await wipeGraph(db);
  await buildGraph(db, GRAPH);
});

afterAll(async () => {
  await db.close();
});

const subjects = async (rule: Parameters<typeof computeGaps>[1], cfg: GapConfig = config): Promise<string[]> =>
  (await computeGaps(db, rule, { config: cfg })).map((g) => g.subject.id).sort();

describe('cross-river partners', () => {
  it('flags industries with no Shanghai or southern-Jiangsu partner, however the partnership shows', async () => {
    // a: partners with a Shanghai institute; b: its local lead firm partners with 苏南; c: a co-built park specialises in it.
    // d partners only with 中关村, which is not a configured partner region; e has nothing.
    expect(await subjects({ ruleIds: ['partner-none'] })).toEqual(['ind-d', 'ind-e']);
  });

  it('suggests partner-region organisations researching what the industry needs', async () => {
    const gaps = await computeGaps(db, { ruleIds: ['partner-none'] }, { config });
    const d = gaps.find((g) => g.subject.id === 'ind-d');
    const p = config.suggestions.points;
    // ind-a already partners with it: that counts as partnering with the city.
    expect(d?.suggestions.map((s) => [s.id, s.score])).toEqual([['inst-shanghai', p.researchesField + p.partnersWithCity]]);
    expect(d?.evidence).toEqual(['ind-d', 'field-d']);
    expect(gaps.find((g) => g.subject.id === 'ind-e')?.suggestions).toEqual([]);
  });

  it('widens with the configured partner regions', async () => {
    const withZgc = { ...config, partnerRegionIds: [...config.partnerRegionIds, 'zhongguancun'] };
    expect(await subjects({ ruleIds: ['partner-none'] }, withZgc)).toEqual(['ind-e']);
  });
});

describe('county coverage', () => {
  it('flags valid counties without a co-built park; regions no longer or not yet valid are not flagged', async () => {
    // county-all: a development zone co-built with Shanghai; county-co-built-kind: a park of kind co-built-park.
    expect(await subjects({ ruleIds: ['region-no-co-built-park'] })).toEqual(['county-none']);
  });

  it('flags valid counties without a provincial+ high-tech zone (one inside a park inside the county counts)', async () => {
    expect(await subjects({ ruleIds: ['region-no-high-tech-zone'] })).toEqual(['county-co-built-kind', 'county-none']);
  });

  it('judges validity at the configured year', async () => {
    const in2019 = { ...config, asOfYear: 2019 };
    expect(await subjects({ ruleIds: ['region-no-co-built-park'] }, in2019)).toEqual(['county-none', 'district-merged']);
    const in2030 = { ...config, asOfYear: 2030 };
    expect(await subjects({ ruleIds: ['region-no-co-built-park'] }, in2030)).toEqual(['county-none', 'district-future']);
  });

  it('names the parks that are there', async () => {
    const [gap] = await computeGaps(db, { ruleIds: ['region-no-co-built-park'] }, { config });
    expect(gap?.evidence.sort()).toEqual(['county-none', 'park-beijing-partner', 'park-one']);
    expect(gap?.regionIds?.sort()).toEqual(['county-none', 'jiangsu', 'nantong']);
  });
});

describe('一园一专业', () => {
  it('flags local parks with no speciality or several, never parks outside the city', async () => {
    const gaps = await computeGaps(db, { ruleIds: ['park-speciality'] }, { config });
    const flagged = gaps.map((g) => g.subject.id).sort();
    expect(flagged).toEqual(['park-beijing-partner', 'park-co-built', 'park-htz-inner', 'park-htz-inner-speciality', 'park-two']);
    expect(flagged).not.toContain('park-shanghai');
    expect(gaps.find((g) => g.subject.id === 'park-two')?.explanationEn).toContain('has 2 specialities');
  });
});

describe('targets', () => {
  it('judges each target by its series: met, off track (one flat year, or the target year missed) or no data', async () => {
    const progress = await computeTargetProgress(db, { config });
    const status = Object.fromEntries(progress.map((p) => [p.target.id, p.status]));
    expect(status).toEqual({
      't-early-met': 'met',
      't-early-behind': 'off-track',
      't-about-met': 'met',
      't-about-behind': 'off-track',
      't-latest': 'off-track',
      't-no-data': 'no-data',
    });
    const latest = progress.find((p) => p.target.id === 't-latest');
    expect(latest?.latest).toEqual({ year: 2018, value: 6, illustrative: false });
    expect(latest?.series.map((p) => p.year)).toEqual([2016, 2018]);
    expect(progress.find((p) => p.target.id === 't-early-met')?.latest?.illustrative).toBe(true);
  });

  it('reports off-track and no-data targets as gaps, with the measurement as evidence', async () => {
    const gaps = await computeGaps(db, { ruleIds: ['target-off-track', 'target-no-data'] }, { config });
    expect(gaps.map((g) => `${g.ruleId}|${g.subject.id}`).sort()).toEqual([
      'target-no-data|t-no-data',
      'target-off-track|t-about-behind',
      'target-off-track|t-early-behind',
      'target-off-track|t-latest',
    ]);
    expect(gaps.find((g) => g.subject.id === 't-latest')?.evidence).toEqual(['t-latest', 'ind-latest', 'm-latest-new']);
    const wider = { ...config, targets: { approxTolerance: 0.2 } };
    expect((await computeGaps(db, { ruleIds: ['target-off-track'] }, { config: wider })).map((g) => g.subject.id)).not.toContain(
      't-about-behind',
    );
  });
});

describe('filters and summary', () => {
  it('a region filter keeps the gaps lying in it; industry gaps and city targets lie in the city', async () => {
    const inCounty = await computeGaps(db, { regionIds: ['county-none'] }, { config });
    expect(new Set(inCounty.map((g) => g.ruleId))).toEqual(new Set(['region-no-co-built-park', 'region-no-high-tech-zone', 'park-speciality']));
    const inAll = await computeGaps(db, { regionIds: ['county-all'] }, { config });
    expect(inAll.map((g) => g.subject.id).sort()).toEqual(['park-htz-inner', 't-latest']);
    const inCity = await computeGaps(db, { regionIds: ['nantong'] }, { config });
    expect(inCity.length).toBe((await computeGaps(db, {}, { config })).length);
  });

  it('an industry filter keeps only that industry’s gaps', async () => {
    const gaps = await computeGaps(db, { industryIds: ['ind-d'] }, { config });
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((g) => g.industryId === 'ind-d')).toBe(true);
  });

  it('sums up what the rules found', async () => {
    const summary = await computeSummary(db, { config });
    const all = await computeGaps(db, {}, { config });
    expect(summary.industries).toBe(5);
    expect(summary.targets).toEqual({ met: 2, onTrack: 0, offTrack: 3, noData: 1, qualitative: 0 });
    expect(Object.values(summary.gapsBySeverity).reduce((a, b) => a + b, 0)).toBe(all.length);
    expect(summary.gapsByRule['partner-none']).toBe(2);
    expect(summary.topGaps.map((g) => g.id)).toEqual(all.slice(0, config.summary.topGaps).map((g) => g.id));
    expect(summary.illustrativeShare).toBeGreaterThan(0);
    expect(summary.illustrativeShare).toBeLessThan(1);
  });
});
