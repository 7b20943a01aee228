// Rules 2 (缺链 / 断链 / 弱链) and 3 (innovation chain with suggestions) on a hand-built graph whose
// answers are known exactly, including the links and fields that must not be flagged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db/database';
import type { GapConfig } from '../../graph/model';
import { DEFAULT_GAP_CONFIG_PATH, readGapConfig } from '../../server/gaps/config';
import { computeGaps, computeMatrix } from '../../server/gaps/service';
import { buildGraph, openTestDatabase, wipeGraph } from '../helpers/graph';

let db: Database;
const config: GapConfig = { ...readGapConfig(DEFAULT_GAP_CONFIG_PATH), asOfYear: 2025 };
const points = config.suggestions.points;

const GRAPH = `
CREATE (city:Entity:Region {id: 'nantong', kind: 'city', nameEn: 'Nantong', nameZh: '南通市'})
CREATE (county:Entity:Region {id: 'county-a', kind: 'county'})-[:PART_OF]->(city)
CREATE (park:Entity:Park {id: 'park-a', kind: 'development-zone'})-[:LOCATED_IN]->(county)
CREATE (sh:Entity:Region {id: 'shanghai', kind: 'partner-region'})
CREATE (shDistrict:Entity:Region {id: 'shanghai-district', kind: 'district'})-[:PART_OF]->(sh)
CREATE (sunan:Entity:Region {id: 'sunan', kind: 'partner-region'})
CREATE (zgc:Entity:Region {id: 'zhongguancun', kind: 'partner-region'})
CREATE (ind:Entity:Industry {id: 'ind', tier: 'emerging'})

CREATE (ind)-[:HAS_LINK]->(sound:Entity:ChainLink {id: 'link-sound', stage: 'upstream', order: 0})
CREATE (ind)-[:HAS_LINK]->(single:Entity:ChainLink {id: 'link-single', stage: 'upstream', order: 1})
CREATE (ind)-[:HAS_LINK]->(outside:Entity:ChainLink {id: 'link-outside', stage: 'midstream', order: 2})
CREATE (ind)-[:HAS_LINK]->(empty:Entity:ChainLink {id: 'link-empty', stage: 'midstream', order: 3})
CREATE (ind)-[:HAS_LINK]->(weak:Entity:ChainLink {id: 'link-weak', stage: 'downstream', order: 4})
CREATE (ind)-[:HAS_LINK]->(mixed:Entity:ChainLink {id: 'link-mixed', stage: 'downstream', order: 5})

CREATE (f1:Entity:Enterprise {id: 'firm-county'})-[:LOCATED_IN]->(county)
CREATE (f2:Entity:Enterprise {id: 'firm-park', sourceKind: 'illustrative'})-[:LOCATED_IN]->(park)
CREATE (f3:Entity:Enterprise {id: 'firm-city'})-[:LOCATED_IN]->(city)
CREATE (f4:Entity:Enterprise {id: 'firm-shanghai'})-[:LOCATED_IN]->(shDistrict)
CREATE (f1)-[:COVERS]->(sound)
CREATE (f2)-[:COVERS]->(sound)
CREATE (:Entity:Platform {id: 'platform-sound', kind: 'public-technology-service'})-[:COVERS]->(sound)
CREATE (f3)-[:COVERS]->(single)
CREATE (:Entity:Institute {id: 'inst-single', kind: 'research-institute'})-[:COVERS]->(single)
CREATE (f4)-[:COVERS]->(outside)
CREATE (f1)-[:COVERS]->(weak)
CREATE (f3)-[:COVERS]->(weak)
CREATE (f1)-[:COVERS]->(mixed)
CREATE (f4)-[:COVERS]->(mixed)
CREATE (:Entity:InnovationCentre {id: 'centre-mixed'})-[:COVERS]->(mixed)

CREATE (covered:Entity:TechField {id: 'field-covered'})
CREATE (gap:Entity:TechField {id: 'field-gap'})
CREATE (none:Entity:TechField {id: 'field-none'})
CREATE (ind)-[:NEEDS]->(covered)
CREATE (weak)-[:NEEDS]->(gap)
CREATE (empty)-[:NEEDS]->(gap)
CREATE (ind)-[:NEEDS]->(none)
CREATE (localInst:Entity:Institute {id: 'inst-local', kind: 'research-institute'})-[:LOCATED_IN]->(county)
CREATE (localInst)-[:RESEARCHES]->(covered)
CREATE (instSh:Entity:Institute {id: 'inst-shanghai', kind: 'research-institute', sourceKind: 'illustrative'})-[:LOCATED_IN]->(shDistrict)
CREATE (instSh)-[:RESEARCHES]->(gap)
CREATE (city)-[:PARTNERS_WITH]->(instSh)
CREATE (instSunan:Entity:Institute {id: 'inst-sunan', kind: 'research-institute'})-[:LOCATED_IN]->(sunan)
CREATE (instSunan)-[:RESEARCHES]->(gap)
CREATE (instSunan)-[:RESEARCHES]->(none)
CREATE (instZgc:Entity:Institute {id: 'inst-zhongguancun', kind: 'research-institute'})-[:LOCATED_IN]->(zgc)
CREATE (instZgc)-[:RESEARCHES]->(gap)
CREATE (localPlatform:Entity:Platform {id: 'platform-local-research', kind: 'instrument-sharing'})-[:LOCATED_IN]->(city)
CREATE (localPlatform)-[:RESEARCHES]->(none)
CREATE (instFar:Entity:Institute {id: 'inst-unlocated', kind: 'research-institute'})-[:RESEARCHES]->(covered)
CREATE (:Entity:Platform {id: 'transfer-shanghai', kind: 'technology-transfer'})-[:LOCATED_IN]->(sh)`;

beforeAll(async () => {
  db = await openTestDatabase();
  await wipeGraph(db);
  await buildGraph(db, GRAPH);
});

afterAll(async () => {
  await db.close();
});

describe('chain links', () => {
  it('flags exactly the missing, break-risk and weak links, each once (outside-only is missing, not also at risk)', async () => {
    const gaps = await computeGaps(db, { ruleIds: ['chain-missing-link', 'chain-break-risk', 'chain-weak-link'] }, { config });
    const found = gaps.map((g) => `${g.ruleId}|${g.subject.id}`).sort();
    expect(found).toEqual(
      [
        'chain-missing-link|link-outside',
        'chain-missing-link|link-empty',
        'chain-break-risk|link-single',
        'chain-weak-link|link-weak',
      ].sort(),
    );
    // Two local firms (one through a park) and a platform: sound. One local and one outside firm, with a centre: sound.
    expect(found.some((f) => f.endsWith('link-sound') || f.endsWith('link-mixed'))).toBe(false);
  });

  it('cites the evidence: the industry, the outside firm, and says when a gap rests on illustrative data', async () => {
    const gaps = await computeGaps(db, { ruleIds: ['chain-missing-link', 'chain-weak-link'] }, { config });
    const outside = gaps.find((g) => g.id === 'chain-missing-link:link-outside');
    expect(outside?.evidence).toEqual(['link-outside', 'ind', 'firm-shanghai']);
    expect(outside?.industryId).toBe('ind');
    expect(outside?.severity).toBe('high');
    expect(outside?.illustrative).toBe(false);
    expect(outside?.explanationEn).toContain('only outside firms');
    const weak = gaps.find((g) => g.id === 'chain-weak-link:link-weak');
    expect(weak?.evidence.slice(2).sort()).toEqual(['firm-city', 'firm-county']);
  });

  it('follows the firm threshold of the configuration', async () => {
    const strict = { ...config, chain: { minFirms: 3 } };
    const gaps = await computeGaps(db, { ruleIds: ['chain-break-risk'] }, { config: strict });
    // The outside-only link stays 缺链 (more severe); two unsupported local firms are now at risk before weak.
    expect(gaps.map((g) => g.subject.id).sort()).toEqual(['link-mixed', 'link-single', 'link-sound', 'link-weak']);
  });

  it('scores the chain parts from the same facts', async () => {
    const row = (await computeMatrix(db, {}, { config })).rows[0];
    const coverage = row?.score.parts.find((p) => p.key === 'chainCoverage');
    const strength = row?.score.parts.find((p) => p.key === 'chainStrength');
    expect(coverage?.detailEn).toBe('4/6 links have a local firm');
    expect(strength?.detailEn).toBe('2/6 links are sound');
    expect(row?.score.parts.find((p) => p.key === 'innovation')?.detailEn).toBe('2/3 needed fields researched locally');
  });
});

describe('innovation chain', () => {
  const institutesOnly = { ...config, innovation: { researcherLabels: ['Institute' as const] } };

  it('flags the needed fields no local institute, platform or centre researches, not the covered ones', async () => {
    const gaps = await computeGaps(db, { ruleIds: ['innovation-uncovered-field'] }, { config });
    expect(gaps.map((g) => g.id)).toEqual(['innovation-uncovered-field:ind:field-gap']);
    expect(gaps[0]?.evidence.sort()).toEqual(['field-gap', 'ind', 'link-empty', 'link-weak']);
  });

  it('ranks partner-region candidates first with a transparent score, then those elsewhere in the graph', async () => {
    const [gap] = await computeGaps(db, { ruleIds: ['innovation-uncovered-field'] }, { config });
    expect(gap?.suggestions.map((s) => [s.id, s.score, s.regionId])).toEqual([
      ['inst-shanghai', points.researchesField + 2 * points.perLinkNeeding + points.partnersWithCity, 'shanghai'],
      ['inst-sunan', points.researchesField + 2 * points.perLinkNeeding, 'sunan'],
      ['inst-zhongguancun', points.researchesField + 2 * points.perLinkNeeding, null],
    ]); // transfer-shanghai researches nothing needed: no generic fallback
    const first = gap?.suggestions[0];
    expect(first?.illustrative).toBe(true);
    expect(first?.reasonZh).toContain('已与南通市合作');
    expect(first?.reasonEn).toContain('2 links of the industry need it');
  });

  it('counts only the configured labels as local research; a candidate covering several gaps ranks higher', async () => {
    const gaps = await computeGaps(db, { ruleIds: ['innovation-uncovered-field'] }, { config: institutesOnly });
    expect(gaps.map((g) => g.subject.id).sort()).toEqual(['field-gap', 'field-none']);
    const gap = gaps.find((g) => g.subject.id === 'field-gap');
    expect(gap?.suggestions.find((s) => s.id === 'inst-sunan')?.score).toBe(
      points.researchesField + points.perOtherNeededField + 2 * points.perLinkNeeding,
    );
    const none = gaps.find((g) => g.subject.id === 'field-none');
    expect(none?.suggestions.map((s) => [s.id, s.score])).toEqual([
      ['inst-sunan', points.researchesField + points.perOtherNeededField],
    ]);
  });
});
