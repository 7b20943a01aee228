// A chain link in several conditions at once (缺链, 断链, 弱链) is one gap, under the most severe rule in
// force, its explanation naming the others; gaps, the summary and the scores count it the same way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db/database';
import type { GapConfig } from '../../graph/model';
import { DEFAULT_GAP_CONFIG_PATH, readGapConfig } from '../../server/gaps/config';
import { computeGaps, computeMatrix, computeSummary } from '../../server/gaps/service';
import { buildGraph, openTestDatabase, wipeGraph } from '../helpers/graph';

let db: Database;
const config: GapConfig = { ...readGapConfig(DEFAULT_GAP_CONFIG_PATH), asOfYear: 2025 };
const CHAIN = ['chain-missing-link', 'chain-break-risk', 'chain-weak-link'] as const;

// Firms outside the city are located in Shanghai; the platform covering the sound link is placed in the city.
const GRAPH = `
CREATE (city:Entity:Region {id: 'nantong', kind: 'city', nameEn: 'Nantong', nameZh: '南通市'})
CREATE (sh:Entity:Region {id: 'shanghai', kind: 'partner-region'})
CREATE (ind:Entity:Industry {id: 'ind', tier: 'emerging'})
CREATE (ind)-[:HAS_LINK]->(outside2:Entity:ChainLink {id: 'link-outside-two', stage: 'upstream', order: 0})
CREATE (ind)-[:HAS_LINK]->(outside1:Entity:ChainLink {id: 'link-outside-one', stage: 'upstream', order: 1})
CREATE (ind)-[:HAS_LINK]->(lone:Entity:ChainLink {id: 'link-lone', stage: 'midstream', order: 2})
CREATE (ind)-[:HAS_LINK]->(weak:Entity:ChainLink {id: 'link-weak', stage: 'midstream', order: 3})
CREATE (ind)-[:HAS_LINK]->(sound:Entity:ChainLink {id: 'link-sound', stage: 'downstream', order: 4})
CREATE (l1:Entity:Enterprise {id: 'firm-local-1', nameZh: '本地一厂'})-[:LOCATED_IN]->(city)
CREATE (l2:Entity:Enterprise {id: 'firm-local-2'})-[:LOCATED_IN]->(city)
CREATE (o1:Entity:Enterprise {id: 'firm-sh-1'})-[:LOCATED_IN]->(sh)
CREATE (o2:Entity:Enterprise {id: 'firm-sh-2'})-[:LOCATED_IN]->(sh)
CREATE (o1)-[:COVERS]->(outside2)
CREATE (o2)-[:COVERS]->(outside2)
CREATE (o1)-[:COVERS]->(outside1)
CREATE (l1)-[:COVERS]->(lone)
CREATE (l1)-[:COVERS]->(weak)
CREATE (l2)-[:COVERS]->(weak)
CREATE (l1)-[:COVERS]->(sound)
CREATE (l2)-[:COVERS]->(sound)
CREATE (:Entity:Platform {id: 'platform-sound', kind: 'public-technology-service'})-[:COVERS]->(sound)`;

beforeAll(async () => {
  db = await openTestDatabase();
  await wipeGraph(db);
  await buildGraph(db, GRAPH);
});

afterAll(async () => {
  await db.close();
});

describe('one gap per chain link', () => {
  it('counts each combination once, under the more severe rule, and names the other condition', async () => {
    const gaps = await computeGaps(db, { ruleIds: [...CHAIN] }, { config });
    expect(gaps.map((g) => g.id).sort()).toEqual([
      'chain-break-risk:link-lone', // a single local firm without support: 断链 (medium) over 弱链 (low)
      'chain-missing-link:link-outside-one', // a single outside firm: 缺链 (high) over 断链
      'chain-missing-link:link-outside-two', // only outside firms: 缺链 over 断链
      'chain-weak-link:link-weak', // local firms without support: 弱链 only
    ]);
    const byId = new Map(gaps.map((g) => [g.id, g]));
    const outside = byId.get('chain-missing-link:link-outside-two');
    expect(outside?.explanationZh).toMatch(/没有本地企业，只有外地企业.*；同时只靠外地企业供给，存在断链风险。$/);
    expect(outside?.explanationEn).toMatch(/has no local firm.*; also, it relies on outside firms only, so it may break\.$/);
    const lone = byId.get('chain-break-risk:link-lone');
    expect(lone?.explanationZh).toMatch(/只有 1 家企业（「本地一厂」）覆盖，少于 2 家，存在断链风险；同时没有平台、研发机构或创新中心覆盖（弱链）。$/);
    expect(lone?.explanationEn).toContain('; also, no platform, institute or innovation centre covers it (a weak link).');
    expect(lone?.evidence).toEqual(['link-lone', 'ind', 'firm-local-1']);
    expect(byId.get('chain-weak-link:link-weak')?.explanationZh).not.toContain('同时');
  });

  it('the summary and the scores count the same links', async () => {
    const summary = await computeSummary(db, { config });
    expect(CHAIN.map((r) => summary.gapsByRule[r])).toEqual([2, 1, 1]);
    const row = (await computeMatrix(db, {}, { config })).rows[0];
    expect(row?.score.parts.find((p) => p.key === 'chainCoverage')?.detailEn).toBe('3/5 links have a local firm');
    expect(row?.score.parts.find((p) => p.key === 'chainStrength')?.detailEn).toBe('1/5 links are sound');
  });

  it('follows the severities in force: an overridden rule takes the link; a tie goes 缺链 > 断链 > 弱链', async () => {
    const weakHigh = { ...config, severities: { 'chain-weak-link': 'high' as const } };
    const gaps = await computeGaps(db, { ruleIds: [...CHAIN] }, { config: weakHigh });
    const lone = gaps.find((g) => g.subject.id === 'link-lone');
    expect([lone?.id, lone?.severity]).toEqual(['chain-weak-link:link-lone', 'high']);
    expect(lone?.explanationZh).toContain('；同时只有 1 家企业覆盖，少于 2 家，存在断链风险。');
    const tie = { ...config, severities: { 'chain-break-risk': 'high' as const } };
    const tied = await computeGaps(db, { ruleIds: [...CHAIN] }, { config: tie });
    expect(tied.filter((g) => g.subject.id.startsWith('link-outside')).map((g) => g.ruleId)).toEqual([
      'chain-missing-link',
      'chain-missing-link',
    ]);
    expect(tied.find((g) => g.subject.id === 'link-lone')?.ruleId).toBe('chain-break-risk');
    const summary = await computeSummary(db, { config: weakHigh });
    expect(CHAIN.map((r) => summary.gapsByRule[r])).toEqual([2, 0, 2]);
  });
});
