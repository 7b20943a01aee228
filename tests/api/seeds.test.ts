// The seed datasets against the source document (Nantong implementation opinions): the expected
// values below are read from the document text (section in each comment), not from the seed files.
// Also: loading is idempotent, a broken dataset is rejected whole, and every fact carries provenance.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db/database';
import { SOURCE_KINDS } from '../../graph/model';
import { DatasetError, datasetDir, seedDataset } from '../../server/datasets';
import { exportGraph, type GraphDocument } from '../../server/exchange';
import { openTestDatabase, wipeGraph } from '../helpers/graph';

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
  await wipeGraph(db);
  await seedDataset(db, 'nantong');
});

afterAll(async () => {
  await db.close();
});

async function rows<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return db.read(async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject() as T));
}
async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  return (await rows<{ c: number }>(cypher, params))[0]?.c ?? NaN;
}
const canonical = ({ exportedAt: _exportedAt, ...rest }: GraphDocument) => rest;

/**
 * 三(一): 转型发展高端纺织、船舶及重装备、电子信息等传统主导产业 … 加快发展海洋工程、智能装备、航天航空、
 * 生物医药、新材料、新能源等战略性新兴产业 … 在神经再生修复等生物材料、新一代通信技术、智慧建筑等领域
 * [培育前沿"种子"产业] … 优化发展现代农业 … 全国重要的精细化工、海洋产业创新基地。
 * 三(三): 现代家纺 (modern home textiles), a subsector of 高端纺织.
 */
const INDUSTRIES_BY_TIER = {
  traditional: ['高端纺织', '船舶及重装备', '电子信息'],
  emerging: ['海洋工程', '智能装备', '航天航空', '生物医药', '新材料', '新能源'],
  seed: ['神经再生修复等生物材料', '新一代通信技术', '智慧建筑'],
  agriculture: ['现代农业'],
  other: ['精细化工', '海洋产业'],
} as const;
const SUBSECTORS = [{ name: '现代家纺', of: '高端纺织', tier: 'traditional' }] as const;

describe('nantong dataset against the document', () => {
  it('holds the industries of 三(一) by tier, and 现代家纺 as a subsector of 高端纺织', async () => {
    for (const [tier, names] of Object.entries(INDUSTRIES_BY_TIER)) {
      const stored = await rows<{ name: string }>(
        'MATCH (i:Industry {tier: $tier}) WHERE NOT (i)-[:SUBSECTOR_OF]->() RETURN i.nameZh AS name',
        { tier },
      );
      expect(stored.map((r) => r.name).sort(), tier).toEqual([...names].sort());
    }
    for (const sub of SUBSECTORS) {
      expect(
        await count('MATCH (s:Industry {nameZh: $name, tier: $tier})-[:SUBSECTOR_OF]->(:Industry {nameZh: $of}) RETURN count(s) AS c', sub),
      ).toBe(1);
    }
    const documentTotal = Object.values(INDUSTRIES_BY_TIER).flat().length + SUBSECTORS.length;
    expect(await count('MATCH (i:Industry) RETURN count(i) AS c')).toBe(documentTotal);
    expect(await count("MATCH (i:Industry {tier: 'traditional'}) RETURN count(i) AS c")).toBe(
      INDUSTRIES_BY_TIER.traditional.length + SUBSECTORS.filter((s) => s.tier === 'traditional').length,
    );
  });

  it.each([
    // 二: 全市研发投入占GDP比重达到2.7%，科技进步对经济增长的贡献率超过62%
    { indicator: '研发投入占GDP比重', value: 2.7, unit: '%', comparator: '>=' },
    { indicator: '科技进步对经济增长的贡献率', value: 62, unit: '%', comparator: '>' },
    // 三(一): 高新技术产业产值达到7800亿元
    { indicator: '高新技术产业产值', value: 7800, unit: '亿元', comparator: '>=' },
    // 三(二): 1000家高新技术企业
    { indicator: '高新技术企业', value: 1000, unit: '家', comparator: '>=' },
    // 三(四): 建成公共技术服务平台100家
    { indicator: '公共技术服务平台', value: 100, unit: '家', comparator: '>=' },
    // 三(六): 万人发明专利拥有量达到18件，PCT专利申请总量达到1300件
    { indicator: '万人发明专利拥有量', value: 18, unit: '件/万人', comparator: '>=' },
    { indicator: 'PCT', value: 1300, unit: '件', comparator: '>=' },
  ])('holds the 2018 target for $indicator: $value $unit', async ({ indicator, value, unit, comparator }) => {
    const found = await rows<{ value: number; unit: string; comparator: string; sourceKind: string }>(
      `MATCH (t:Target {year: 2018})-[:TARGET_FOR]->(i:Indicator)
       WHERE i.nameZh CONTAINS $indicator AND NOT i.nameZh CONTAINS '创新南通'
       RETURN t.value AS value, t.unit AS unit, t.comparator AS comparator, t.sourceKind AS sourceKind`,
      { indicator },
    );
    expect(found).toEqual([{ value, unit, comparator, sourceKind: 'document' }]);
  });

  it('holds the institutes named in 三(四), cited to that section', async () => {
    // 三(四): 推进南通产业技术研究院发展 … 加快中科院南通光电中心、南通先进通信技术研究院、
    // 南通智慧建筑研究院、省产研院南通纺织丝绸技术研究所等高层次产业技术研发载体建设。
    const named = ['南通产业技术研究院', '中科院南通光电中心', '南通先进通信技术研究院', '南通智慧建筑研究院', '省产研院南通纺织丝绸技术研究所'];
    const stored = await rows<{ name: string; sourceKind: string; sourceRef: string }>(
      'MATCH (i:Institute) WHERE i.nameZh IN $named RETURN i.nameZh AS name, i.sourceKind AS sourceKind, i.sourceRef AS sourceRef',
      { named },
    );
    expect(stored.map((s) => s.name).sort()).toEqual([...named].sort());
    for (const institute of stored) {
      expect(institute.sourceKind).toBe('document');
      expect(institute.sourceRef).toContain('三(四)');
    }
  });
});

describe('loading', () => {
  it('is idempotent: a second load creates nothing and leaves the graph identical', async () => {
    await seedDataset(db, 'demo');
    const before = await exportGraph(db);
    for (const name of ['nantong', 'chains', 'demo']) {
      const again = await seedDataset(db, name);
      expect(again, name).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
      expect(again.nodes, name).toBeGreaterThan(0);
    }
    expect(canonical(await exportGraph(db))).toEqual(canonical(before));
  });

  describe('a broken dataset', () => {
    let dir: string;
    beforeAll(() => {
      dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'innochain-seed-')), 'nantong-broken');
    });
    afterAll(() => {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    });

    /** A fresh copy of seeds/nantong with one new industry (to see whether anything was written) and edits. */
    function brokenCopy(edit: (files: { industries: Record<string, unknown>[]; relationships: Record<string, unknown>[] }) => void) {
      rmSync(dir, { recursive: true, force: true });
      cpSync(datasetDir('nantong'), dir, { recursive: true });
      const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>[];
      const files = { industries: read('Industry.json'), relationships: read('relationships.json') };
      files.industries.push({ id: 'broken-copy-industry', nameZh: '测试产业', nameEn: 'Test industry', tier: 'other', sourceKind: 'user', sourceRef: 'test' });
      edit(files);
      writeFileSync(path.join(dir, 'Industry.json'), JSON.stringify(files.industries));
      writeFileSync(path.join(dir, 'relationships.json'), JSON.stringify(files.relationships));
      return files;
    }

    async function expectRejected(fields: string[]): Promise<void> {
      const nodesBefore = await count('MATCH (n) RETURN count(n) AS c');
      const relsBefore = await count('MATCH ()-[r]->() RETURN count(r) AS c');
      const error = await seedDataset(db, dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatasetError);
      const datasetError = error as DatasetError;
      // Named by its folder when a record is bad, by its dataset.json id when the graph check fails.
      expect(['nantong-broken', 'nantong']).toContain(datasetError.dataset);
      expect(datasetError.details.map((d) => d.field)).toEqual(fields);
      for (const field of fields) expect(datasetError.message).toContain(field);
      expect(datasetError.details.every((d) => d.reasonZh.length > 0)).toBe(true);
      expect(await count('MATCH (n) RETURN count(n) AS c')).toBe(nodesBefore);
      expect(await count('MATCH ()-[r]->() RETURN count(r) AS c')).toBe(relsBefore);
      expect(await count("MATCH (n {id: 'broken-copy-industry'}) RETURN count(n) AS c")).toBe(0);
    }

    it('with a bad record is rejected naming the file and path, and nothing is written', async () => {
      let index = -1;
      brokenCopy(({ industries, relationships }) => {
        index = industries.findIndex((i) => i.id === 'electronic-information');
        industries[index]!.tier = 'ancient';
        relationships.push({ type: 'KEY_INDUSTRY_OF', from: 'broken-copy-industry', to: 'no-such-region', sourceKind: 'user', sourceRef: 'test' });
      });
      await expectRejected([`Industry.json[${index}].tier`]);
    });

    it('with a relationship to a missing id is rejected naming it, and nothing is written', async () => {
      let index = -1;
      brokenCopy(({ relationships }) => {
        index = relationships.push({ type: 'KEY_INDUSTRY_OF', from: 'broken-copy-industry', to: 'no-such-region', sourceKind: 'user', sourceRef: 'test' }) - 1;
      });
      await expectRejected([`relationships.json[${index}].to`]);
    });
  });
});

describe('provenance', () => {
  it('is on every node and relationship of both datasets', async () => {
    await seedDataset(db, 'demo');
    const kinds = [...SOURCE_KINDS];
    expect(await count('MATCH (n:Entity) RETURN count(n) AS c')).toBeGreaterThan(0);
    expect(
      await count("MATCH (n:Entity) WHERE NOT n.sourceKind IN $kinds OR n.sourceRef IS NULL OR trim(n.sourceRef) = '' RETURN count(n) AS c", { kinds }),
    ).toBe(0);
    expect(
      await count("MATCH ()-[r]->() WHERE NOT r.sourceKind IN $kinds OR r.sourceRef IS NULL OR trim(r.sourceRef) = '' RETURN count(r) AS c", { kinds }),
    ).toBe(0);
    // Besides the graph, only the history store: a revision recording each seeded node's arrival.
    expect(await count('MATCH (n) WHERE NOT n:Entity AND NOT n:Revision AND NOT n:HistoryStart RETURN count(n) AS c')).toBe(0);
    expect(
      await count("MATCH (n:Entity) WHERE NOT EXISTS { MATCH (v:Revision {entity: 'node', op: 'add', nodeId: n.id}) } RETURN count(n) AS c"),
    ).toBe(0);
  });

  it('flags every firm as illustrative: the document names none, so none may pass for real', async () => {
    expect(await count("MATCH (e:Enterprise) WHERE e.sourceKind <> 'illustrative' RETURN count(e) AS c")).toBe(0);
    expect(await count('MATCH (e:Enterprise) RETURN count(e) AS c')).toBeGreaterThan(0);
  });
});

describe('nantong-public', () => {
  beforeAll(async () => {
    await wipeGraph(db);
    // It requires nantong and chains: on an empty graph they are loaded first.
    await seedDataset(db, 'nantong-public');
  }, 120_000);

  it('loads onto the datasets it requires, and a second load changes nothing', async () => {
    const datasets = await rows<{ dataset: string }>('MATCH (n:Entity) RETURN DISTINCT n.dataset AS dataset ORDER BY dataset');
    expect(datasets.map((d) => d.dataset)).toEqual(['chains', 'nantong', 'nantong-public']);
    expect(await seedDataset(db, 'nantong-public')).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
  });

  it('gives every public node and relationship in the graph its web address and date', async () => {
    expect(await count("MATCH (n:Entity {sourceKind: 'public'}) RETURN count(n) AS c")).toBeGreaterThan(150);
    const missing = "WHERE x.sourceKind = 'public' AND (NOT x.sourceUrl STARTS WITH 'http' OR x.observedAt IS NULL) RETURN count(x) AS c";
    expect(await count(`MATCH (x:Entity) ${missing}`)).toBe(0);
    expect(await count(`MATCH ()-[x]->() ${missing}`)).toBe(0);
  });

  it('holds no illustrative fact: the demo layer is not a default', async () => {
    expect(await count("MATCH (n:Entity {sourceKind: 'illustrative'}) RETURN count(n) AS c")).toBe(0);
    expect(await count("MATCH ()-[r {sourceKind: 'illustrative'}]->() RETURN count(r) AS c")).toBe(0);
  });
});
