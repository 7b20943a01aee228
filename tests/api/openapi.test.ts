// The OpenAPI 3.1 document lists every read-API route (and each listed route exists), and the
// Swagger UI reference page at /api/docs loads from this origin under the Content-Security-Policy.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db/database';
import { NODE_LABELS } from '../../graph/model';
import { COLLECTIONS, COLLECTION_OF } from '../../server/routes/entities/collections';
import { filtersFor } from '../../server/routes/entities/filters';
import { seedDataset } from '../../server/services/datasets';
import { artifactPath, chromiumAvailable, launchBrowser } from '../helpers/browser';
import { openTestDatabase, wipeGraph } from '../helpers/graph';
import { getJson, startTestServer, type TestServer } from '../helpers/server';

interface Parameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  schema: { maximum?: number; enum?: string[] };
}
interface Operation {
  summary: string;
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}
interface OpenApi {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
}

let db: Database;
let server: TestServer;
let doc: OpenApi;

beforeAll(async () => {
  db = await openTestDatabase();
  await wipeGraph(db);
  await seedDataset(db, 'nantong');
  server = await startTestServer(db);
  const { status, body } = await getJson(server.baseUrl, '/api/openapi.json');
  expect(status).toBe(200);
  doc = body as OpenApi;
});

afterAll(async () => {
  await server.close();
  await db.close();
});

const READ_API_PATHS = [
  ...COLLECTIONS.flatMap(({ collection }) => [`/api/${collection}`, `/api/${collection}/{id}`]),
  '/api/entities/{id}',
  '/api/search',
  '/api/export',
];

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toMatch(/innochain/);
    expect(doc.info.version).toBeTruthy();
  });

  it('lists every read-API path with a JSON 200 response schema', () => {
    for (const path of READ_API_PATHS) {
      const get = doc.paths[path]?.get;
      expect(get, path).toBeDefined();
      expect(get?.summary, path).toMatch(/\p{Script=Han}/u);
      expect(get?.responses['200']?.content?.['application/json']?.schema, path).toBeTruthy();
      expect(get?.responses['400'], path).toBeDefined();
    }
    const importOp = doc.paths['/api/import']?.post;
    expect(importOp?.requestBody?.content['application/json']?.schema).toBeTruthy();
    expect(importOp?.responses['200']?.content?.['application/json']?.schema).toBeTruthy();
  });

  it('describes each list’s own filters, paging bounds and the path id', () => {
    for (const label of NODE_LABELS) {
      const list = doc.paths[`/api/${COLLECTION_OF[label]}`]?.get;
      const names = list?.parameters.filter((p) => p.in === 'query').map((p) => p.name) ?? [];
      expect(names.sort(), label).toEqual(['limit', 'offset', 'q', 'sort', 'sourceKind', ...filtersFor(label)].sort());
      expect(list?.parameters.find((p) => p.name === 'limit')?.schema.maximum).toBe(500);
      const detail = doc.paths[`/api/${COLLECTION_OF[label]}/{id}`]?.get;
      expect(detail?.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
    }
    const kinds = doc.paths['/api/parks']?.get?.parameters.find((p) => p.name === 'kind')?.schema.enum;
    expect(kinds).toContain('co-built-park');
    const search = doc.paths['/api/search']?.get?.parameters.find((p) => p.name === 'q');
    expect(search?.required).toBe(true);
  });

  it('documents only routes that exist', async () => {
    for (const path of READ_API_PATHS) {
      const url = path.replace('{id}', 'nantong') + (path === '/api/search' ? '?q=nantong' : '');
      const response = await fetch(server.baseUrl + url);
      const body = (await response.json()) as { error?: { code: string } };
      expect(body.error?.code, url).not.toBe('route_not_found');
      expect(response.status, url).toBeLessThan(500);
    }
  });
});

describe('GET /api/docs', () => {
  it('answers an HTML page whose scripts all come from this origin', async () => {
    const response = await fetch(`${server.baseUrl}/api/docs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, content] of scripts) {
      expect(attributes).toMatch(/src="\/api\/docs\//);
      expect(content?.trim()).toBe('');
    }
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ['/api/docs/init.js', '/api/docs/swagger-ui-bundle.js', '/api/docs/swagger-ui.css']) {
      const res = await fetch(server.baseUrl + asset);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('content-type'), asset).toMatch(/javascript|css/);
    }
  });

  it('does not serve the rest of swagger-ui-dist', async () => {
    const response = await fetch(`${server.baseUrl}/api/docs/swagger-initializer.js`);
    expect(response.status).toBe(404);
  });

  it.skipIf(!chromiumAvailable())('renders the operations in Chromium without CSP violations', async () => {
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${server.baseUrl}/api/docs`);
      await page.locator('.opblock-summary-path', { hasText: '/api/search' }).first().waitFor({ timeout: 20_000 });
      expect(await page.locator('.opblock').count()).toBeGreaterThanOrEqual(READ_API_PATHS.length);
      await page.screenshot({ path: artifactPath('api-docs.png') });
      expect(problems).toEqual([]);
    } finally {
      await browser?.close();
    }
  });
});
