// npm run bulk-load: a first load of a region from template files through Neo4j's offline importer,
// into an embedded data folder of its own (not the shared test database). All or nothing, typed and
// sourced like the importer's rows, searchable when done, and never run over a graph that has data.
// The server's own refusals to start (a half-written load, config regions the graph lacks) sit here too,
// as these tests already spawn it.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedDatabaseConfig } from '../../graph/db/config';
import { Database } from '../../graph/db/database';
import { generateProvince, TINY } from '../../seeds/synthetic';
import { bulkLoad, BulkLoadError } from '../../server/bulk';
import { DEFAULT_GAP_CONFIG_PATH } from '../../server/gaps/config';
import { writeTemplateFolder } from '../bench/importer';
import { openTestDatabase, testNeo4j, wipeGraph } from '../helpers/graph';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOAD_TIMEOUT_MS = 240_000;
const work = mkdtempSync(path.join(os.tmpdir(), 'innochain-bulk-test-'));
const files = path.join(work, 'files');
const { graph, manifest } = generateProvince(TINY);
const config = (name: string): EmbeddedDatabaseConfig => ({ mode: 'embedded', dataDir: path.join(work, name), port: 0, password: undefined, heap: '768m' });

beforeAll(async () => {
  await writeTemplateFolder(graph, files);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A line for a template file, by column name, whatever columns the template has now. */
function rowFor(file: string, cells: Record<string, string>): string {
  const header = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0]?.split(',') ?? [];
  return `${header.map((column) => cells[column] ?? '').join(',')}\n`;
}

describe('a folder with problems', () => {
  it('is refused whole, naming the file, row, column and reason, and creates no database', async () => {
    const bad = path.join(work, 'bad');
    await writeTemplateFolder(graph, bad);
    const link = { id: 'bulk-bad-link', nameZh: '坏环节', nameEn: 'Bad link', industryId: 'no-such-industry', stage: 'upstream', order: '1' };
    appendFileSync(path.join(bad, 'ChainLink.csv'), rowFor(path.join(bad, 'ChainLink.csv'), link));
    appendFileSync(path.join(bad, 'COVERS.csv'), `${graph.nodes.get('Enterprise')?.[0]?.id as string},nowhere\n`);
    const target = config('rejected');
    const result = await bulkLoad({ config: target, folder: bad, username: 'tester' });
    expect(result.status).toBe('rejected');
    expect(result.errors.map((e) => `${e.file ?? ''}:${e.column ?? ''}`)).toEqual(['ChainLink.csv:industryId', 'COVERS.csv:to']);
    expect(result.errors[0]?.reasonZh).toMatch(/[\u4e00-\u9fff]/);
    expect(existsSync(path.join(target.dataDir, 'data/databases/neo4j'))).toBe(false);
  });

  it('reports a rejected row once, naming the rows that reference it, without an error for each of them', async () => {
    const folder = path.join(work, 'cascade');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'Industry.csv'), 'id,nameZh,nameEn,tier\ncas-good,好,Good,emerging\ncas-bad,坏,Bad,ancient\n');
    const links = Array.from({ length: 8 }, (_, i) => `cas-link-${i},环节${i},Link ${i},cas-bad,upstream,${i + 1}`);
    writeFileSync(path.join(folder, 'ChainLink.csv'), ['id,nameZh,nameEn,industryId,stage,order', ...links, 'cas-link-x,环节,Link,no-such,upstream,9', ''].join('\n'));
    const result = await bulkLoad({ config: config('cascade'), folder, username: 'tester' });
    expect(result.status).toBe('rejected');
    expect(result.errors.map((e) => `${e.file ?? ''}:${e.row ?? ''}:${e.column ?? ''}`)).toEqual(['Industry.csv:3:tier', 'ChainLink.csv:10:industryId']);
    expect(result.errors[0]?.reason).toMatch(/; referenced by 8 rows: ChainLink\.csv rows 2–9$/);
    expect(result.errors[0]?.reasonZh).toMatch(/；被 8 行引用：ChainLink\.csv 第 2–9 行$/);
  });

  it('names a file that is not a template', async () => {
    const odd = path.join(work, 'odd');
    await writeTemplateFolder(graph, odd);
    appendFileSync(path.join(odd, 'Firms.csv'), 'id\n');
    const result = await bulkLoad({ config: config('odd'), folder: odd, username: 'tester' });
    expect(result).toMatchObject({ status: 'rejected', errors: [{ file: 'Firms.csv', row: null }] });
  });
});

describe('a good folder into a new database, after a load that stopped half-way', () => {
  const target = config('loaded');
  let db: Database;

  beforeAll(async () => {
    // As a crash during an earlier offline import leaves the folder: the marker written before it began,
    // and a half-written store. The same command finishes the job (one load here, for CI time).
    mkdirSync(path.join(target.dataDir, 'data/databases/neo4j'), { recursive: true });
    writeFileSync(path.join(target.dataDir, 'data/databases/neo4j/neostore'), 'half-written\n');
    writeFileSync(path.join(target.dataDir, 'innochain-bulk-load-in-progress'), 'crashed\n');
    const result = await bulkLoad({ config: target, folder: files, username: 'tester' });
    expect(existsSync(path.join(target.dataDir, 'innochain-bulk-load-in-progress'))).toBe(false);
    expect(result.status, JSON.stringify(result.errors)).toBe('done');
    expect({ nodes: result.nodes, relationships: result.relationships }).toEqual({ nodes: manifest.totalNodes, relationships: manifest.totalRelationships });
    // Never over a graph that has data: the second load is refused before anything is replaced.
    await expect(bulkLoad({ config: target, folder: files, username: 'tester' })).rejects.toThrow(BulkLoadError);
    db = await Database.open(target);
  }, LOAD_TIMEOUT_MS);

  afterAll(async () => {
    await db?.close();
  });

  it('holds every node and relationship once, with import provenance and the model types', async () => {
    const firm = graph.nodes.get('Enterprise')?.[0] as { id: string; nameZh: string };
    const result = await db.read((tx) =>
      tx.run(
        `MATCH (e:Entity:Enterprise {id: $id}) RETURN e.sourceKind AS kind, e.sourceRef AS ref, e.version AS version, e.nameZh AS name,
                COUNT { (:Entity) } AS nodes, COUNT { ()-[]->() } AS relationships`,
        { id: firm.id },
      ),
    );
    expect(result.records[0]?.toObject()).toEqual({ kind: 'import', ref: 'Enterprise.csv#2', version: 1, name: firm.nameZh, nodes: manifest.totalNodes, relationships: manifest.totalRelationships });
    const types = await db.read((tx) =>
      tx.run(`MATCH (c:ChainLink) WITH c LIMIT 1 MATCH (i:Industry)-[h:HAS_LINK]->(c)
              RETURN valueType(c.order) AS order, i.id = c.industryId AS linked, h.sourceKind AS kind, h.sourceRef STARTS WITH 'ChainLink.csv#' AS ref`),
    );
    expect(types.records[0]?.toObject()).toEqual({ order: 'INTEGER NOT NULL', linked: true, kind: 'import', ref: true });
  });

  it('has its constraints and finds nodes by name', async () => {
    const firm = graph.nodes.get('Enterprise')?.[1] as { id: string; nameZh: string };
    await expect(db.write((tx) => tx.run("CREATE (:Entity:Enterprise {id: $id, nameZh: 'x', nameEn: 'x', sourceKind: 'user', sourceRef: 'test'})", { id: firm.id }))).rejects.toThrow();
    const hits = await db.read((tx) => tx.run("CALL db.index.fulltext.queryNodes('entity_names', $name) YIELD node RETURN node.id AS id LIMIT 5", { name: `"${firm.nameZh}"` }));
    expect(hits.records.map((r) => r.get('id') as string)).toContain(firm.id);
  });

  it('records the load in the audit log', async () => {
    const audit = await db.read((tx) => tx.run("MATCH (a:AuditEntry {action: 'import.commit'}) RETURN a.username AS user, a.after AS after"));
    expect(audit.records).toHaveLength(1);
    expect(audit.records[0]?.get('user')).toBe('tester');
    expect(JSON.parse(audit.records[0]?.get('after') as string)).toMatchObject({ bulk: true, counts: { Enterprise: graph.nodes.get('Enterprise')?.length } });
  });
});

describe('the command', () => {
  it('refuses an external Neo4j and says why', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/cli/bulkLoad.ts'), files], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_PASSWORD: 'unused' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/embedded/);
    expect(run.stderr).toMatch(/内置数据库/);
  });

  it('keeps the server from starting on a database a bulk load left half-written', () => {
    const dataDir = path.join(work, 'half-written');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path.join(dataDir, 'innochain-bulk-load-in-progress'), 'crashed\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/main.ts')], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, PORT: '39187' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/npm run bulk-load again/);
    expect(run.stderr).toMatch(/批量装载中途中断/);
    expect(existsSync(path.join(dataDir, 'data'))).toBe(false);
  });

  it('keeps the server from starting when the gap config names a home city or partner the graph lacks', async () => {
    // The run's test Neo4j holding two regions: not empty, so the server seeds nothing before the check.
    const db = await openTestDatabase();
    try {
      await wipeGraph(db);
      await db.write((tx) => tx.run("CREATE (:Entity:Region {id: 'nantong', kind: 'city'}), (:Entity:Region {id: 'shanghai', kind: 'partner-region'})"));
    } finally {
      await db.close();
    }
    const configFile = path.join(work, 'bad-gaps.config.json');
    const bundled = JSON.parse(readFileSync(DEFAULT_GAP_CONFIG_PATH, 'utf8')) as Record<string, unknown>;
    writeFileSync(configFile, JSON.stringify({ ...bundled, cityId: 'nantongg', partnerRegionIds: ['shanghai', 'sunann'] }));
    const { uri, password } = testNeo4j();
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/main.ts')], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password, INNOCHAIN_GAPS_CONFIG: configFile, PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bad-gaps.config.json');
    expect(run.stderr).toMatch(/cityId: unknown region id "nantongg"; cities and provinces in the graph: nantong /);
    expect(run.stderr).toMatch(/partnerRegionIds\[1\]: unknown region id "sunann"/);
    expect(run.stderr).toMatch(/未知地区编号「nantongg」/);
    expect(run.stderr).toMatch(/未知地区编号「sunann」；图中现有合作地区：shanghai$/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).not.toMatch(/ready at/);
  });
});
