// The OpenAPI 3.1 document lists every read-API route (and each listed route exists), and the
// Swagger UI reference page at /api/docs loads from this origin under the Content-Security-Policy.
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE_LABELS } from '../../graph/model';
import { COLLECTIONS, COLLECTION_OF } from '../../server/entities/collections';
import { filtersFor } from '../../server/entities/filters';
import { artifactPath, chromiumAvailable, launchBrowser } from '../helpers/browser';
import { seededTestServer } from '../helpers/seededServer';
import { getJson } from '../helpers/server';

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

let doc: OpenApi;

const fx = seededTestServer({ datasets: ['nantong'] });

beforeAll(async () => {
  const { status, body } = await getJson(fx.baseUrl, '/api/openapi.json');
  expect(status).toBe(200);
  doc = body as OpenApi;
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
      expect(detail?.parameters).toEqual([
        expect.objectContaining({ name: 'id', in: 'path', required: true }),
        expect.objectContaining({ name: 'asOf', in: 'query', required: false }),
      ]);
    }
    const kinds = doc.paths['/api/parks']?.get?.parameters.find((p) => p.name === 'kind')?.schema.enum;
    expect(kinds).toContain('co-built-park');
    const search = doc.paths['/api/search']?.get?.parameters.find((p) => p.name === 'q');
    expect(search?.required).toBe(true);
  });

  it('documents only routes that exist', async () => {
    for (const path of READ_API_PATHS) {
      const url = path.replace('{id}', 'nantong') + (path === '/api/search' ? '?q=nantong' : '');
      const response = await fetch(fx.baseUrl + url);
      const body = (await response.json()) as { error?: { code: string } };
      expect(body.error?.code, url).not.toBe('route_not_found');
      expect(response.status, url).toBeLessThan(500);
    }
  });
});

type Schema = Record<string, unknown>;

/** A `$ref`, followed inside the document (the unit test checks that every one resolves). */
function deref(schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const name = ref.replace('#/components/schemas/', '');
  return deref((doc as unknown as { components: { schemas: Record<string, Schema> } }).components.schemas[name] ?? {});
}

/** Paths of object keys an answer carries but its documented schema (with additionalProperties: false) forbids. */
function undocumentedKeys(value: unknown, schema: Schema, at = '$'): string[] {
  const resolved = deref(schema);
  const branches = [resolved.anyOf, resolved.oneOf].find(Array.isArray) as Schema[] | undefined;
  if (branches) {
    const results = branches.map((branch) => undocumentedKeys(value, branch, at));
    return results.find((r) => r.length === 0) ?? results[0] ?? [];
  }
  if (Array.isArray(value)) {
    const items = resolved.items as Schema | undefined;
    return items ? value.flatMap((item, i) => undocumentedKeys(item, items, `${at}[${i}]`)) : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  const properties = (resolved.properties ?? {}) as Record<string, Schema>;
  const extra = resolved.additionalProperties;
  return Object.entries(value).flatMap(([key, item]) => {
    const property = properties[key] ?? (typeof extra === 'object' && extra !== null ? (extra as Schema) : undefined);
    if (property) return undocumentedKeys(item, property, `${at}.${key}`);
    return extra === false ? [`${at}.${key}`] : [];
  });
}

describe('answers match the document', () => {
  it('documents every field the gap engine sends (an industry names its tier)', async () => {
    const gaps = (await getJson(fx.baseUrl, '/api/gaps')).body as { items: { industryId: string | null; evidenceNodes?: { tier?: string }[] }[] };
    expect(gaps.items.some((gap) => gap.evidenceNodes?.some((node) => node.tier !== undefined))).toBe(true);
    const industry = gaps.items.find((gap) => gap.industryId !== null)?.industryId ?? '';
    const paths = { '/api/gaps': '', '/api/gaps/matrix': '', '/api/gaps/summary': '', '/api/targets/progress': '', '/api/industries/{id}/gaps': industry };
    for (const [template, id] of Object.entries(paths)) {
      const path = template.replace('{id}', id);
      const response = await getJson(fx.baseUrl, path);
      expect(response.status, path).toBe(200);
      const schema = doc.paths[template]?.get?.responses['200']?.content?.['application/json']?.schema as Schema;
      expect(undocumentedKeys(response.body, schema), path).toEqual([]);
    }
  });

  it('refuses an empty numeric parameter with a 400 naming it, rather than reading it as 0', async () => {
    for (const [path, field] of [
      ['/api/industries?offset=', 'query.offset'],
      ['/api/industries?limit=', 'query.limit'],
      ['/api/search?q=nantong&limit=', 'query.limit'],
      ['/api/industries/nantong/chain?members=', 'query.members'],
      ['/api/graph/neighbourhood?id=nantong&depth=', 'query.depth'],
    ] as const) {
      const { status, body } = await getJson(fx.baseUrl, path);
      expect(status, path).toBe(400);
      expect((body as { error: { details: { field: string }[] } }).error.details.map((d) => d.field), path).toContain(field);
    }
  });

  it('answers a method a documented path does not take with 405 and Allow, and an unknown path with 404', async () => {
    const methods = ['get', 'post', 'put', 'patch', 'delete'];
    for (const [path, operations] of Object.entries(doc.paths)) {
      const url = fx.baseUrl + path.replace(/\{[^}]+\}/g, 'x');
      const documented = Object.keys(operations);
      const other = methods.find((method) => !documented.includes(method));
      if (!other) continue;
      const response = await fetch(url, { method: other.toUpperCase() });
      expect(response.status, `${other} ${path}`).toBe(405);
      const allow = response.headers.get('allow')?.split(', ') ?? [];
      for (const method of documented) expect(allow, `${other} ${path}`).toContain(method.toUpperCase());
    }
    const unknown = await fetch(`${fx.baseUrl}/api/no-such-route`, { method: 'DELETE' });
    expect([401, 404]).toContain(unknown.status);
    const anonymousGet = await fetch(`${fx.baseUrl}/api/no-such-route`);
    expect(anonymousGet.status).toBe(404);
  });
});

describe('GET /api/docs', () => {
  it('answers an HTML page whose scripts all come from this origin', async () => {
    const response = await fetch(`${fx.baseUrl}/api/docs`);
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
      const res = await fetch(fx.baseUrl + asset);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('content-type'), asset).toMatch(/javascript|css/);
    }
  });

  it('does not serve the rest of swagger-ui-dist', async () => {
    const response = await fetch(`${fx.baseUrl}/api/docs/swagger-initializer.js`);
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
      await page.goto(`${fx.baseUrl}/api/docs`);
      await page.locator('.opblock-summary-path', { hasText: '/api/search' }).first().waitFor({ timeout: 20_000 });
      expect(await page.locator('.opblock').count()).toBeGreaterThanOrEqual(READ_API_PATHS.length);
      await page.screenshot({ path: artifactPath('api-docs.png') });
      expect(problems).toEqual([]);
    } finally {
      await browser?.close();
    }
  });
});
