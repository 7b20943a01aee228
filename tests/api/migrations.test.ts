// Schema migrations: idempotent, and a database made before the name index was eventually consistent
// gets it rebuilt with that setting; writers that wait for the index find their own changes by name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db/database';
import { applyMigrations, NAME_INDEX, NAME_INDEX_PROPERTIES } from '../../graph/db/migrations';
import { createNode } from '../../server/edit';
import { openTestDatabase, wipeGraph } from '../helpers/graph';

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
  await wipeGraph(db);
});

afterAll(async () => {
  await applyMigrations(db);
  await db.close();
});

async function nameIndex(): Promise<{ config: Record<string, unknown>; state: string; properties: string[] } | undefined> {
  const result = await db.read((tx) =>
    tx.run('SHOW FULLTEXT INDEXES YIELD name, state, options, properties WHERE name = $name RETURN state, options, properties', { name: NAME_INDEX }),
  );
  const record = result.records[0];
  if (!record) return undefined;
  return {
    state: record.get('state') as string,
    config: (record.get('options') as { indexConfig: Record<string, unknown> }).indexConfig,
    properties: record.get('properties') as string[],
  };
}

async function schemaNames(): Promise<string[]> {
  const result = await db.read((tx) => tx.run('SHOW INDEXES YIELD name RETURN name ORDER BY name'));
  return result.records.map((r) => r.get('name') as string);
}

describe('migrations', () => {
  it('can run again without changing anything', async () => {
    const before = await schemaNames();
    await applyMigrations(db);
    expect(await schemaNames()).toEqual(before);
    expect((await nameIndex())?.config).toMatchObject({ 'fulltext.analyzer': 'cjk', 'fulltext.eventually_consistent': true });
  });

  it('rebuilds a name index made the old way (updated inside each commit)', async () => {
    const session = db.session('WRITE');
    try {
      await session.run(`DROP INDEX ${NAME_INDEX}`);
      await session.run(`CREATE FULLTEXT INDEX ${NAME_INDEX} FOR (n:Entity) ON EACH [n.nameZh, n.nameEn, n.id] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`);
    } finally {
      await session.close();
    }
    expect((await nameIndex())?.config['fulltext.eventually_consistent']).toBe(false);
    await applyMigrations(db);
    expect(await nameIndex()).toMatchObject({ state: 'ONLINE', config: { 'fulltext.analyzer': 'cjk', 'fulltext.eventually_consistent': true } });
  });

  it('rebuilds a name index made before aliases, so they are searched too', async () => {
    const session = db.session('WRITE');
    try {
      await session.run(`DROP INDEX ${NAME_INDEX}`);
      await session.run(
        `CREATE FULLTEXT INDEX ${NAME_INDEX} FOR (n:Entity) ON EACH [n.nameZh, n.nameEn, n.id] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk', \`fulltext.eventually_consistent\`: true } }`,
      );
    } finally {
      await session.close();
    }
    await applyMigrations(db);
    expect(await nameIndex()).toMatchObject({ state: 'ONLINE', properties: [...NAME_INDEX_PROPERTIES] });
  });

  it('lets an edit find its node by name as soon as it returns', async () => {
    await createNode(db, { label: 'Enterprise', properties: { id: 'mig-firm', nameZh: '迁移测试新材料公司', nameEn: 'Migration Test Materials', aliasesZh: ['迁移别名公司'] } }, 'tester');
    const hits = await db.read((tx) => tx.run(`CALL db.index.fulltext.queryNodes('${NAME_INDEX}', '迁移测试') YIELD node RETURN node.id AS id`));
    expect(hits.records.map((r) => r.get('id') as string)).toEqual(['mig-firm']);
    const byAlias = await db.read((tx) => tx.run(`CALL db.index.fulltext.queryNodes('${NAME_INDEX}', '"迁移别名"') YIELD node RETURN node.id AS id`));
    expect(byAlias.records.map((r) => r.get('id') as string)).toEqual(['mig-firm']);
  });
});
