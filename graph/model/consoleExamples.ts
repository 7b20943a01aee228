// Example queries the console offers for the analysts' usual questions. Each runs under the
// console's read-only guard (tests/api/console-examples.test.ts runs every one against nantong).
import type { Names } from './vocabulary/names';

export interface ConsoleExample {
  id: string;
  title: Names;
  cypher: string;
  /** JSON parameters, as the console's parameter box holds them ('' for none). */
  params: string;
}

export const CONSOLE_EXAMPLES: readonly ConsoleExample[] = [
  {
    id: 'links-without-institute',
    title: { zh: '哪些产业链环节没有研发机构覆盖', en: 'Links of each industry no research institute covers' },
    cypher: `MATCH (i:Industry)-[:HAS_LINK]->(l:ChainLink)
WHERE NOT EXISTS { MATCH (:Institute)-[:COVERS]->(l) }
RETURN i.nameZh AS industry, l.nameZh AS link, l.stage AS stage
ORDER BY industry, l.order`,
    params: '',
  },
  {
    id: 'six-ones-missing',
    title: { zh: '各产业缺少哪些“六个一”', en: 'Which six-ones slots each industry lacks' },
    cypher: `MATCH (i:Industry)
WITH i, [
  CASE WHEN NOT EXISTS { MATCH (:Plan)-[:PLANS]->(i) } THEN 'plan' END,
  CASE WHEN NOT EXISTS { MATCH (:Enterprise)-[:LEADS]->(i) } THEN 'leadFirm' END,
  CASE WHEN NOT EXISTS { MATCH (:InnovationCentre)-[:SERVES]->(i) } THEN 'innovationCentre' END,
  CASE WHEN NOT EXISTS { MATCH (:Alliance)-[:SERVES]->(i) } THEN 'alliance' END,
  CASE WHEN NOT EXISTS { MATCH (:Fund)-[:INVESTS_IN]->(i) } THEN 'fund' END,
  CASE WHEN NOT EXISTS { MATCH (:Platform)-[:SERVES]->(i) } THEN 'platforms' END
] AS slots
RETURN i.id AS id, i.nameZh AS industry, [s IN slots WHERE s IS NOT NULL] AS missing
ORDER BY size(missing) DESC, id`,
    params: '',
  },
  {
    id: 'partners-shanghai-sunan',
    title: { zh: '各产业链在上海和苏南的合作伙伴', en: 'Partners in Shanghai and southern Jiangsu per chain' },
    cypher: `MATCH (i:Industry)-[:PARTNERS_WITH]->(p)
MATCH (r:Region) WHERE r.id IN $regions
  AND (p = r
    OR EXISTS { MATCH (p)-[:LOCATED_IN|PART_OF]->(r) }
    OR EXISTS { MATCH (p)-[:LOCATED_IN]->()-[:LOCATED_IN|PART_OF]->(r) })
RETURN i.nameZh AS industry, r.nameZh AS region, collect(DISTINCT p.nameZh) AS partners
ORDER BY industry, region`,
    params: '{"regions": ["shanghai", "sunan"]}',
  },
  {
    id: 'firms-by-county',
    title: { zh: '某环节的企业按县（市、区）分布', en: 'Firms of a link by county' },
    cypher: `MATCH (e:Enterprise)-[:COVERS]->(l:ChainLink)
OPTIONAL MATCH (e)-[:LOCATED_IN]->(direct:Region)
OPTIONAL MATCH (e)-[:LOCATED_IN]->(:Park)-[:LOCATED_IN]->(viaPark:Region)
WITH l, e, coalesce(direct, viaPark) AS c
RETURN l.nameZh AS link, c.nameZh AS county, count(DISTINCT e) AS firms, collect(DISTINCT e.nameZh)[..10] AS enterprises
ORDER BY link, firms DESC`,
    params: '',
  },
  {
    id: 'regions-of-nantong',
    title: { zh: '南通市的县（市、区）（图）', en: 'Counties and districts of Nantong (graph)' },
    cypher: `MATCH (r:Region)-[p:PART_OF]->(n:Region {id: $city})
RETURN r, p, n`,
    params: '{"city": "nantong"}',
  },
  {
    id: 'key-industries-by-tier',
    title: { zh: '重点产业按层级汇总', en: 'Key industries by tier' },
    cypher: `MATCH (i:Industry)-[:KEY_INDUSTRY_OF]->(r:Region)
RETURN r.nameZh AS region, i.tier AS tier, count(i) AS industries, collect(i.nameZh) AS names
ORDER BY region, industries DESC`,
    params: '',
  },
  {
    id: 'targets-latest',
    title: { zh: '目标与最近一次监测值', en: 'Targets and their latest measurement' },
    cypher: `MATCH (t:Target)-[:TARGET_FOR]->(ind:Indicator)
OPTIONAL MATCH (m:Measurement)-[:MEASURES]->(ind)
WITH t, ind, m ORDER BY m.year DESC
WITH t, ind, collect(m)[0] AS latest
RETURN ind.nameZh AS indicator, t.year AS year, t.comparator AS comparator, t.value AS target, t.unit AS unit,
  latest.year AS measuredIn, latest.value AS measured
ORDER BY indicator, year`,
    params: '',
  },
  {
    id: 'needed-fields-unresearched',
    title: { zh: '需要但无人研究的技术领域', en: 'Technology fields needed but researched by no one' },
    cypher: `MATCH (x)-[:NEEDS]->(f:TechField)
WHERE NOT EXISTS { MATCH (:Institute|Platform|InnovationCentre)-[:RESEARCHES]->(f) }
RETURN f.nameZh AS field, collect(DISTINCT x.nameZh) AS neededBy
ORDER BY field`,
    params: '',
  },
  {
    id: 'parks-and-industries',
    title: { zh: '园区及其主导产业', en: 'Parks and the industries they specialise in' },
    cypher: `MATCH (p:Park)-[:SPECIALISES_IN]->(i:Industry)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(r:Region)
RETURN p.nameZh AS park, r.nameZh AS region, collect(i.nameZh) AS industries
ORDER BY park`,
    params: '',
  },
  {
    id: 'funds-by-kind',
    title: { zh: '基金按类别与规模', en: 'Funds by kind and size' },
    cypher: `MATCH (f:Fund)
RETURN f.kind AS kind, count(f) AS funds, sum(coalesce(f.sizeYi, 0)) AS sizeYi, collect(f.nameZh) AS names
ORDER BY sizeYi DESC`,
    params: '',
  },
  {
    id: 'schema',
    title: { zh: '图谱结构（标签与关系）', en: 'Graph schema (labels and relationships)' },
    cypher: 'CALL db.schema.visualization()',
    params: '',
  },
];
