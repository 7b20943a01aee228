// Recommendations with reasons (issue 19 §1) on a hand-built graph through the API: the candidates for
// each chain-link gap, in score order with each part as a reason, support first for a weak link, and
// which data is missing where nothing covers a link or researches a field. No generic fallback: the
// Shanghai transfer platform researching nothing needed is offered to no one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db/database';
import { GapList, IndustryGaps, type Gap } from '../../graph/model';
import { activeGapConfig } from '../../server/gaps/config';
import { buildGraph, openTestDatabase, wipeGraph } from '../helpers/graph';
import { getJson, startTestServer, type TestServer } from '../helpers/server';

let db: Database;
let server: TestServer;
const points = activeGapConfig().config.suggestions.points;

const GRAPH = `
CREATE (city:Entity:Region {id: 'nantong', kind: 'city', nameZh: '南通市', nameEn: 'Nantong'})
CREATE (county:Entity:Region {id: 'county-a', kind: 'county'})-[:PART_OF]->(city)
CREATE (sh:Entity:Region {id: 'shanghai', kind: 'partner-region', nameZh: '上海市', nameEn: 'Shanghai'})
CREATE (shd:Entity:Region {id: 'sh-district', kind: 'district'})-[:PART_OF]->(sh)
CREATE (sunan:Entity:Region {id: 'sunan', kind: 'partner-region', nameZh: '苏南', nameEn: 'Southern Jiangsu'})
CREATE (suzhou:Entity:Region {id: 'suzhou', kind: 'city'})-[:PART_OF]->(sunan)
CREATE (beijing:Entity:Region {id: 'beijing', kind: 'city'})
CREATE (park:Entity:Park {id: 'park-sutong', kind: 'co-built', nameZh: '苏通园', nameEn: 'Sutong Park'})-[:LOCATED_IN]->(county)
CREATE (park)-[:CO_BUILT_WITH]->(suzhou)
CREATE (ind:Entity:Industry {id: 'ind', tier: 'emerging', nameZh: '新材料', nameEn: 'New materials'})
CREATE (ind)-[:HAS_LINK]->(missing:Entity:ChainLink {id: 'link-missing', stage: 'upstream', order: 0, nameZh: '多晶硅', nameEn: 'Polysilicon'})
CREATE (ind)-[:HAS_LINK]->(nothing:Entity:ChainLink {id: 'link-nothing', stage: 'upstream', order: 1, nameZh: '硅片', nameEn: 'Wafers'})
CREATE (ind)-[:HAS_LINK]->(weak:Entity:ChainLink {id: 'link-weak', stage: 'midstream', order: 2})
CREATE (ind)-[:HAS_LINK]->(single:Entity:ChainLink {id: 'link-single', stage: 'downstream', order: 3})
CREATE (ind)-[:HAS_LINK]->(sound:Entity:ChainLink {id: 'link-sound', stage: 'downstream', order: 4})
CREATE (l1:Entity:Enterprise {id: 'local-1'})-[:LOCATED_IN]->(county)
CREATE (l2:Entity:Enterprise {id: 'local-2'})-[:LOCATED_IN]->(park)
CREATE (star:Entity:Enterprise {id: 'f-sh-star', nameZh: '沪星', tags: ['专精特新"小巨人"'], listingExchange: 'SSE', highTech: true})-[:LOCATED_IN]->(shd)
CREATE (plain:Entity:Enterprise {id: 'f-sh-plain'})-[:LOCATED_IN]->(sh)
CREATE (sz:Entity:Enterprise {id: 'f-suzhou'})-[:LOCATED_IN]->(suzhou)
CREATE (bj:Entity:Enterprise {id: 'f-beijing', tags: ['制造业单项冠军']})-[:LOCATED_IN]->(beijing)
CREATE (closed:Entity:Enterprise {id: 'f-closed', tags: ['独角兽'], validTo: '2020'})-[:LOCATED_IN]->(sh)
CREATE (tied:Entity:Enterprise {id: 'f-tied'})
CREATE (city)-[:PARTNERS_WITH]->(tied)
CREATE (star)-[:COVERS {sourceKind: 'document'}]->(missing)
CREATE (plain)-[:COVERS {sourceKind: 'domain'}]->(missing)
CREATE (sz)-[:COVERS {sourceKind: 'public'}]->(missing)
CREATE (bj)-[:COVERS {sourceKind: 'document'}]->(missing)
CREATE (closed)-[:COVERS {sourceKind: 'document'}]->(missing)
CREATE (tied)-[:COVERS {sourceKind: 'document'}]->(missing)
CREATE (l1)-[:COVERS]->(weak)
CREATE (l2)-[:COVERS]->(weak)
CREATE (star)-[:COVERS {sourceKind: 'document'}]->(weak)
CREATE (inst:Entity:Institute {id: 'inst-sh', kind: 'research-institute', nameZh: '沪所'})-[:LOCATED_IN]->(shd)
CREATE (weakField:Entity:TechField {id: 'field-weak', nameZh: '涂层', nameEn: 'Coatings'})
CREATE (weak)-[:NEEDS]->(weakField)
CREATE (inst)-[:RESEARCHES {sourceKind: 'public'}]->(weakField)
CREATE (nearby:Entity:Institute {id: 'inst-local', kind: 'research-institute'})-[:LOCATED_IN]->(county)
CREATE (nearby)-[:RESEARCHES]->(weakField)
CREATE (localPlatform:Entity:Platform {id: 'platform-local', kind: 'public-technology-service'})-[:LOCATED_IN]->(city)
CREATE (l1)-[:COVERS]->(single)
CREATE (localPlatform)-[:COVERS]->(single)
CREATE (l1)-[:COVERS]->(sound)
CREATE (l2)-[:COVERS]->(sound)
CREATE (localPlatform)-[:COVERS]->(sound)
CREATE (field:Entity:TechField {id: 'field-a', nameZh: '晶体生长', nameEn: 'Crystal growth'})
CREATE (ind)-[:NEEDS]->(field)
CREATE (:Entity:Platform {id: 'transfer-sh', kind: 'technology-transfer'})-[:LOCATED_IN]->(sh)`;

/** Relationships without a source get one too: a candidate's evidence is its COVERS fact's source. */
const SOURCED_RELATIONSHIPS = `
MATCH ()-[r]->() SET r.sourceKind = coalesce(r.sourceKind, 'document'), r.sourceRef = coalesce(r.sourceRef, 'test')`;

beforeAll(async () => {
  db = await openTestDatabase();
  await wipeGraph(db);
  await buildGraph(db, GRAPH);
  await db.write((tx) => tx.run(SOURCED_RELATIONSHIPS));
  server = await startTestServer(db);
});

afterAll(async () => {
  await server.close();
  await db.close();
});

async function gaps(path: string): Promise<Map<string, Gap>> {
  const { status, body } = await getJson(server.baseUrl, path);
  expect(status).toBe(200);
  return new Map(GapList.parse(body).items.map((g) => [g.id, g]));
}

describe('recommendations for chain-link gaps', () => {
  it('ranks the outside firms covering a missing link by the documented score, each part a reason', async () => {
    const byId = await gaps('/api/gaps?rule=chain-missing-link,chain-break-risk,chain-weak-link');
    const gap = byId.get('chain-missing-link:link-missing');
    const star = points.coversLink + points.evidence.document + points.tags['专精特新"小巨人"'] + points.listed + points.highTech + points.partnerRegion;
    const suzhou = points.coversLink + points.evidence.public + points.partnerRegion + points.coBuiltPark;
    const beijing = points.coversLink + points.evidence.document + points.tags['制造业单项冠军'];
    const tied = points.coversLink + points.evidence.document + points.partnersWithCity;
    const plain = points.coversLink + points.evidence.domain + points.partnerRegion;
    const expected = [
      ['f-sh-star', star, 'shanghai'],
      ['f-suzhou', suzhou, 'sunan'],
      ['f-beijing', beijing, null],
      ['f-tied', tied, null],
      ['f-sh-plain', plain, 'shanghai'],
    ].sort(
      // Partner regions first, then the rest of the graph; by score within each, ties by id.
      (a, b) => Number(b[2] !== null) - Number(a[2] !== null) || (b[1] as number) - (a[1] as number) || String(a[0]).localeCompare(String(b[0])),
    );
    // The closed firm (validTo 2020) is no candidate; every candidate covers the link.
    expect(gap?.suggestions.map((s) => [s.id, s.score, s.regionId])).toEqual(expected);
    expect(gap?.suggestions.every((s) => s.kind === 'covers-link')).toBe(true);
    expect(gap?.missingData).toBeUndefined();

    const first = gap?.suggestions.find((s) => s.id === 'f-sh-star');
    expect(first?.reasons.map((r) => [r.key, r.points])).toEqual([
      ['coversLink', points.coversLink],
      ['evidence', points.evidence.document],
      ['tags', points.tags['专精特新"小巨人"']],
      ['listed', points.listed],
      ['highTech', points.highTech],
      ['partnerRegion', points.partnerRegion],
    ]);
    expect(first?.reasons.map((r) => r.zh)).toEqual([
      '覆盖环节「多晶硅」',
      '覆盖依据：政策原文',
      '专精特新“小巨人”',
      '上市公司（上海证券交易所）',
      '高新技术企业',
      '位于合作地区上海市',
    ]);
    expect(first?.reasonEn).toBe(
      `covers the link "Polysilicon" +${points.coversLink}; coverage known from: source document +${points.evidence.document}; ` +
        `"Little giant" specialised and innovative firm +${points.tags['专精特新"小巨人"']}; listed (Shanghai Stock Exchange) +${points.listed}; ` +
        `high-tech enterprise +${points.highTech}; in the partner region Shanghai +${points.partnerRegion} (total ${star})`,
    );
    expect(first?.place).toEqual({ id: 'sh-district', nameZh: 'sh-district（中）', nameEn: 'sh-district' });
    const sz = gap?.suggestions.find((s) => s.id === 'f-suzhou');
    expect(sz?.reasons.find((r) => r.key === 'coBuiltPark')?.zh).toBe('所在地区与南通市共建「苏通园」，可作落地载体');
    expect(gap?.suggestions.find((s) => s.id === 'f-tied')?.reasons.find((r) => r.key === 'ties')?.en).toBe('already partners with Nantong');
  });

  it('offers a weak link the outside support first, then firms; a link nothing outside covers says which data is missing', async () => {
    const byId = await gaps('/api/gaps?rule=chain-missing-link,chain-break-risk,chain-weak-link');
    const weak = byId.get('chain-weak-link:link-weak');
    expect(weak?.suggestions.map((s) => [s.id, s.kind])).toEqual([
      ['inst-sh', 'supports-link'],
      ['f-sh-star', 'covers-link'],
    ]);
    // Support: an outside institute researching what the link needs (the local one researching it is not a candidate).
    expect(weak?.suggestions[0]?.score).toBe(points.supportsLink + points.evidence.public + points.partnerRegion);
    expect(weak?.suggestions[0]?.reasons[0]?.zh).toBe('研发机构，研究本环节所需的「涂层」，可为本地企业提供创新支撑');
    const nothing = byId.get('chain-missing-link:link-nothing');
    expect(nothing?.suggestions).toEqual([]);
    expect(nothing?.missingData?.zh).toBe('图谱中没有南通市以外的企业覆盖「硅片」：导入上海市、苏南等地覆盖该环节的企业（COVERS 关系）后即可推荐。');
    expect(nothing?.missingData?.en).toContain('No firm outside Nantong in the graph covers "Wafers": import the firms of Shanghai and Southern Jiangsu');
    // A single local firm with local support: at risk, and no outside firm covers it.
    expect(byId.get('chain-break-risk:link-single')?.missingData?.zh).toContain('以外的企业覆盖');
    expect([...byId.keys()].some((id) => id.endsWith(':link-sound'))).toBe(false);
  });

  it('carries the same candidates through an industry’s gaps; technology gaps with none say what to import', async () => {
    const { status, body } = await getJson(server.baseUrl, '/api/industries/ind/gaps');
    expect(status).toBe(200);
    const industry = IndustryGaps.parse(body);
    const fromList = (await gaps('/api/gaps?industry=ind')).get('chain-missing-link:link-missing');
    expect(industry.gaps.find((g) => g.id === 'chain-missing-link:link-missing')?.suggestions).toEqual(fromList?.suggestions);
    const field = industry.gaps.find((g) => g.ruleId === 'innovation-uncovered-field');
    expect(field?.suggestions).toEqual([]);
    expect(field?.missingData?.zh).toBe(
      '图谱中没有南通市以外的机构研究「晶体生长」：导入上海市、苏南或其他地区研究该领域的高校、院所和平台（RESEARCHES 关系）后即可推荐。',
    );
    // The industry without a partner: the Shanghai institute researches a field one of its links needs.
    const partner = industry.gaps.find((g) => g.ruleId === 'partner-none');
    expect(partner?.suggestions.map((s) => [s.id, s.kind, s.reasons[0]?.key])).toEqual([['inst-sh', 'researches-field', 'researchesField']]);
    expect(partner?.missingData).toBeUndefined();
    // No generic fallback: the transfer platform researching nothing needed is offered nowhere.
    expect(industry.gaps.flatMap((g) => g.suggestions.map((s) => s.id))).not.toContain('transfer-sh');
  });
});
