import { describe, expect, it } from 'vitest';
import { HealthAdminBody, HealthPublicBody } from '../../server/health/openapi';
import { seededTestServer } from '../helpers/seededServer';
import { getJson } from '../helpers/server';
import type { ApiErrorBody } from '../../graph/model';

const fx = seededTestServer({
  prepare: async (db) => {
    await db.write((tx) =>
      tx.run(`CREATE (:Entity:Region {id: 'nantong', nameZh: '南通', nameEn: 'Nantong', kind: 'city', sourceKind: 'document', sourceRef: '一'})
            <-[:KEY_INDUSTRY_OF]-(:Entity:Industry {id: 'aerospace', nameZh: '航天航空', nameEn: 'Aerospace', tier: 'emerging', sourceKind: 'document', sourceRef: '三(一)'})`),
    );
  },
});

describe('GET /api/health', () => {
  it('tells anonymous callers only that the service is up', async () => {
    const { status, body } = await getJson(fx.baseUrl, '/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok' });
    expect(HealthPublicBody.safeParse(body).success).toBe(true);
  });

  it('tells a non-admin no more than an anonymous caller', async () => {
    const editor = await fx.login('editor');
    const { status, body } = await editor.get('/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok' });
  });

  it('reports the database mode, state, Neo4j version and graph size to administrators', async () => {
    const admin = await fx.login('admin');
    const { status, body } = await admin.get('/api/health');
    expect(status).toBe(200);
    expect(HealthAdminBody.parse(body)).toMatchObject({
      status: 'ok',
      database: { mode: 'external', state: 'up', restarts: 0, lastExit: null, boltUri: fx.db.info.boltUri },
      counts: { nodes: 2, relationships: 1 },
    });
    expect((body as { database: { version: string } }).database.version).toMatch(/^5\.26\./);
  });

  it('sends helmet security headers', async () => {
    const response = await fetch(`${fx.baseUrl}/api/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describe('errors are JSON, never a stack trace', () => {
  it('answers an unknown API route with 404 and a code', async () => {
    const { status, body } = await getJson(fx.baseUrl, '/api/no-such-thing');
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: { code: 'route_not_found' } });
  });

  it('names the field and the reason for a bad query parameter', async () => {
    const { status, body } = await getJson(fx.baseUrl, '/api/graph/neighbourhood?id=nantong&depth=9');
    expect(status).toBe(400);
    const error = (body as ApiErrorBody).error;
    expect(error.code).toBe('validation_failed');
    expect(error.details[0]?.field).toBe('query.depth');
    expect(error.details[0]?.reasonZh).toBeTruthy();
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers an unknown node with 404', async () => {
    const { status, body } = await getJson(fx.baseUrl, '/api/graph/neighbourhood?id=no-such-node');
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers malformed JSON with 400', async () => {
    const response = await fetch(`${fx.baseUrl}/api/graph/neighbourhood`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"broken',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'validation_failed' } });
  });
});

describe('GET /api/graph/neighbourhood', () => {
  it('returns Cytoscape elements with string ids and no dangling edges', async () => {
    const { status, body } = await getJson(fx.baseUrl, '/api/graph/neighbourhood?id=nantong&depth=1');
    expect(status).toBe(200);
    const elements = (body as { elements: { group: string; data: { id: string; source?: string; target?: string } }[] })
      .elements;
    const nodeIds = elements.filter((e) => e.group === 'nodes').map((e) => e.data.id);
    expect(nodeIds.sort()).toEqual(['aerospace', 'nantong']);
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges).toHaveLength(1);
    expect(edges[0]?.data).toMatchObject({ source: 'aerospace', target: 'nantong' });
  });
});
