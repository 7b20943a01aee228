// Whole-graph export and import: the round trip is exact, a broken document changes nothing, and
// the import is one transaction (a failure half-way through leaves the graph as it was).
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors';
import { exportGraph, GraphDocument, importGraph } from '../../server/exchange';
import { wipeGraph } from '../helpers/graph';
import type { ApiErrorBody } from '../../graph/model';
import { seededTestServer } from '../helpers/seededServer';

let original: GraphDocument;

/** An export without its timestamp: two exports of the same graph must be equal. */
const canonical = ({ exportedAt: _exportedAt, ...rest }: GraphDocument) => rest;
const clone = <T>(value: T): T => structuredClone(value);

async function count(cypher: string): Promise<number> {
  return fx.db.read(async (tx) => (await tx.run(cypher)).records[0]?.get('c') as number);
}

function rejection(error: unknown): { status: number; fields: string[] } {
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  return { status: appError.status, fields: appError.details.map((d) => d.field) };
}

const fx = seededTestServer({
  datasets: ['nantong', 'demo'],
  prepare: async (db) => {
    original = await exportGraph(db);
  },
});

describe('export', () => {
  it('holds every entity and relationship, in the versioned format, sorted', async () => {
    expect(GraphDocument.parse(original)).toBeTruthy();
    expect(original).toMatchObject({ format: 'innochain-graph', version: 1 });
    expect(original.nodes.length).toBe(await count('MATCH (n:Entity) RETURN count(n) AS c'));
    expect(original.relationships.length).toBe(await count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS c'));
    const keys = original.nodes.map((n) => `${n.label} ${n.properties.id}`);
    expect(keys).toEqual([...keys].sort());
    const relKeys = original.relationships.map((r) => `${r.type} ${r.from} ${r.to}`);
    expect(relKeys).toEqual([...relKeys].sort());
  });

  it('is served at GET /api/export as a JSON attachment equal to the service’s export', async () => {
    const response = await fetch(`${fx.baseUrl}/api/export`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="?innochain-graph-\d{4}-\d{2}-\d{2}\.json/);
    const body = GraphDocument.parse(await response.json());
    expect(canonical(body)).toEqual(canonical(original));
  });
});

describe('import (replace)', () => {
  it('restores exactly what was exported after the graph is wiped', async () => {
    await wipeGraph(fx.db);
    const summary = await importGraph(fx.db, original, { mode: 'replace' });
    expect(summary).toEqual({
      mode: 'replace',
      deleted: { nodes: 0, relationships: 0 },
      created: { nodes: original.nodes.length, relationships: original.relationships.length },
    });
    expect(canonical(await exportGraph(fx.db))).toEqual(canonical(original));
    // Lists survive the trip: a node's aliases, and search finds the node by them again.
    const ship = original.nodes.find((n) => n.properties.id === 'shipbuilding-heavy-equipment');
    expect(ship?.properties).toMatchObject({ aliasesZh: ['船舶海工', '船舶制造'], aliasesEn: ['Ship and offshore engineering', 'Shipbuilding'] });
    const found = await fx.db.read((tx) => tx.run(`CALL db.index.fulltext.queryNodes('entity_names', '"船舶制造"') YIELD node RETURN node.id AS id`));
    expect(found.records.map((r) => r.get('id') as string)).toContain('shipbuilding-heavy-equipment');
  });

  it('replaces what is there, leaving nodes outside the knowledge graph alone', async () => {
    await fx.db.write((tx) =>
      tx.run(`CREATE (:Entity:Industry {id: 'extra-industry', nameZh: '多余', nameEn: 'Extra', tier: 'other', sourceKind: 'user', sourceRef: 'test'})
              CREATE (:ExchangeTestBookkeeping {note: 'not an entity'})`),
    );
    const before = await count('MATCH (n:Entity) RETURN count(n) AS c');
    const summary = await importGraph(fx.db, original, { mode: 'replace' });
    expect(summary.deleted.nodes).toBe(before);
    expect(canonical(await exportGraph(fx.db))).toEqual(canonical(original));
    expect(await count('MATCH (n:ExchangeTestBookkeeping) RETURN count(n) AS c')).toBe(1);
  });

  it('keeps the version counters edits leave on nodes and relationships', async () => {
    await fx.db.write((tx) =>
      tx.run(`MATCH (i:Industry {id: 'high-end-textiles'})-[r:HAS_LINK]->(l) WITH i, r, l LIMIT 1
              SET i.version = 4, r.version = 2, r.sourceKind = 'user', r.sourceRef = 'user:tester@2026-01-01T00:00:00.000Z'`),
    );
    const edited = await exportGraph(fx.db);
    expect(edited.relationships.some((r) => r.properties.version === 2)).toBe(true);
    await wipeGraph(fx.db);
    await importGraph(fx.db, edited, { mode: 'replace' });
    expect(canonical(await exportGraph(fx.db))).toEqual(canonical(edited));
    await importGraph(fx.db, original, { mode: 'replace' });
  });

  it('accepts a hand-made document without exportedAt, server-managed fields or derived defaults', async () => {
    const small = {
      format: 'innochain-graph',
      version: 1,
      nodes: [
        { label: 'Region', properties: { id: 'test-city', nameZh: '测试市', nameEn: 'Test City', kind: 'city', sourceKind: 'user', sourceRef: 'test' } },
        { label: 'Indicator', properties: { id: 'test-indicator', nameZh: '测试指标', nameEn: 'Test indicator', unit: '%', scope: 'test-city', higherIsBetter: true, sourceKind: 'user', sourceRef: 'test' } },
      ],
      relationships: [],
    };
    await importGraph(fx.db, small, { mode: 'replace' });
    const exported = await exportGraph(fx.db);
    expect(exported.nodes.map((n) => [n.label, n.properties.id, n.properties.version])).toEqual([
      ['Indicator', 'test-indicator', 1],
      ['Region', 'test-city', 1],
    ]);
    await importGraph(fx.db, original, { mode: 'replace' });
  });

  it('rejects a document with one bad node, naming its path, and changes nothing', async () => {
    const broken = clone(original);
    const index = broken.nodes.findIndex((n) => n.label === 'Industry');
    (broken.nodes[index]!.properties as Record<string, unknown>).tier = 'ancient';
    const error = await importGraph(fx.db, broken, { mode: 'replace' }).catch((e: unknown) => e);
    expect(rejection(error)).toEqual({ status: 400, fields: [`nodes[${index}].properties.tier`] });
    expect(canonical(await exportGraph(fx.db))).toEqual(canonical(original));
  });

  it('rejects a relationship to a missing node and a disallowed one, naming each', async () => {
    const broken = clone(original);
    broken.relationships[3]!.to = 'no-such-node';
    const leads = broken.relationships.findIndex((r) => r.type === 'LEADS');
    broken.relationships[leads]!.type = 'HAS_LINK';
    const error = await importGraph(fx.db, broken, { mode: 'replace' }).catch((e: unknown) => e);
    expect(rejection(error).fields.sort()).toEqual([`relationships[${leads}].type`, 'relationships[3].to'].sort());
    expect(canonical(await exportGraph(fx.db))).toEqual(canonical(original));
  });

  it('is all or nothing: a failure while writing rolls the delete back too', async () => {
    // A constraint the validator does not know about makes the write fail after the delete has run.
    const session = fx.db.session('WRITE');
    try {
      await session.run('CREATE CONSTRAINT exchange_test_unique_name IF NOT EXISTS FOR (n:Industry) REQUIRE n.nameZh IS UNIQUE');
      const clash = clone(original);
      const industries = clash.nodes.filter((n) => n.label === 'Industry');
      industries[1]!.properties.nameZh = industries[0]!.properties.nameZh;
      await expect(importGraph(fx.db, clash, { mode: 'replace' })).rejects.toMatchObject({
        code: expect.stringMatching(/ConstraintValidationFailed/) as unknown,
      });
      expect(canonical(await exportGraph(fx.db))).toEqual(canonical(original));
    } finally {
      await session.run('DROP CONSTRAINT exchange_test_unique_name IF EXISTS');
      await session.close();
    }
  });
});

describe('POST /api/import', () => {
  it('replaces the graph for an administrator and reports the counts', async () => {
    const admin = await fx.login('admin');
    const response = await admin.post('/api/import', original);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      mode: 'replace',
      deleted: { nodes: original.nodes.length, relationships: original.relationships.length },
      created: { nodes: original.nodes.length, relationships: original.relationships.length },
    });
    expect(canonical(await exportGraph(fx.db))).toEqual(canonical(original));
  });

  it('answers a broken document with 400 naming the path, and writes nothing', async () => {
    const admin = await fx.login('admin');
    const broken = clone(original);
    (broken.nodes[0]!.properties as Record<string, unknown>).sourceKind = 'rumour';
    const response = await admin.post<ApiErrorBody>('/api/import', broken);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(response.body.error.details.map((d) => d.field)).toEqual(['nodes[0].properties.sourceKind']);
    expect(response.body.error.details[0]?.reasonZh).toBeTruthy();

    // Every problem in one answer: a node's bad field does not hide its bad reference.
    const twice = clone(original);
    const link = twice.nodes.findIndex((n) => n.label === 'ChainLink');
    Object.assign(twice.nodes[link]!.properties, { stage: 'sideways', industryId: 'no-such-industry' });
    const both = await admin.post<ApiErrorBody>('/api/import', twice);
    expect(both.status).toBe(400);
    expect(both.body.error.details.map((d) => d.field)).toEqual([`nodes[${link}].properties.stage`, `nodes[${link}].properties.industryId`]);
    expect(both.body.error.details[1]).toMatchObject({ reason: 'no Industry "no-such-industry" in the document', reasonZh: '文档中没有 Industry「no-such-industry」' });

    const notJson = await admin.request('POST', '/api/import', { body: 'not json', headers: { 'content-type': 'text/plain' } });
    expect(notJson.status).toBe(400);
    const badMode = await admin.post('/api/import?mode=merge', original);
    expect(badMode.status).toBe(400);
    expect(JSON.stringify(badMode.body)).toContain('query.mode');
    expect(canonical(await exportGraph(fx.db))).toEqual(canonical(original));
  });
  it('carries a source’s address and date there and back, and names a bad address or date', async () => {
    const admin = await fx.login('admin');
    const cited = clone(original);
    const page = { sourceKind: 'public', sourceRef: '南通日报', sourceUrl: 'https://example.org/a?b=1', observedAt: '2024-05' };
    Object.assign(cited.nodes[0]!.properties, page);
    Object.assign(cited.relationships[0]!.properties, { ...page, observedAt: '2024-05-01' });
    expect((await admin.post('/api/import', cited)).status).toBe(200);
    const back = await exportGraph(fx.db);
    expect(back.nodes[0]?.properties).toMatchObject(page);
    expect(back.relationships[0]?.properties).toMatchObject({ sourceUrl: page.sourceUrl, observedAt: '2024-05-01' });

    const bad = clone(original);
    Object.assign(bad.nodes[1]!.properties, { sourceUrl: 'javascript:alert(1)', observedAt: '2024/05' });
    const response = await admin.post<ApiErrorBody>('/api/import', bad);
    expect(response.status).toBe(400);
    expect([...new Set(response.body.error.details.map((d) => d.field))]).toEqual(['nodes[1].properties.sourceUrl', 'nodes[1].properties.observedAt']);
    for (const detail of response.body.error.details) expect(detail.reasonZh).toMatch(/[\u4e00-\u9fff]/);
    expect(canonical(await exportGraph(fx.db))).toEqual(canonical(back));
    expect((await admin.post('/api/import', original)).status).toBe(200);
  });
});
