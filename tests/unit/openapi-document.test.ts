// The OpenAPI document without a server: self-contained (every $ref resolves inside it), access answers
// taken from the policy table, download media types declared, and the method table behind 405 + Allow.
import express, { type NextFunction, type Request, type Response as ExpressResponse } from 'express';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { methodNotAllowed } from '../../server/middleware/methodNotAllowed';
import { AppError } from '../../server/errors';
import { queryInteger } from '../../server/middleware/queryInteger';
import { ACCESS_POLICY, ALL_OPERATIONS, API_ROUTES, FEATURES } from '../../server/features';
import { buildOpenApiDocument } from '../../server/openapi/document';

interface Operation {
  operationId: string;
  parameters: { name: string; schema: Record<string, unknown> }[];
  responses: Record<string, { content?: Record<string, unknown>; links?: Record<string, { operationId: string }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

const doc = buildOpenApiDocument(FEATURES) as unknown as Document;

/** Every `$ref` in the document with the JSON pointer of where it stands. */
function refs(value: unknown, at = '#'): { at: string; ref: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => refs(item, `${at}/${i}`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === '$ref' && typeof item === 'string' ? [{ at, ref: item }] : refs(item, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`),
  );
}

/** RFC 6901: follows a "#/…" pointer from the document root; undefined when it leads nowhere. */
function resolve(pointer: string): unknown {
  if (!pointer.startsWith('#')) return undefined;
  let node: unknown = doc;
  for (const raw of pointer.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !(key in node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const operation = (method: string, path: string): Operation => {
  const op = doc.paths[path]?.[method];
  if (!op) throw new Error(`${method} ${path} is not documented`);
  return op;
};

describe('the OpenAPI document is self-contained', () => {
  it('resolves every $ref inside the document', () => {
    const found = refs(doc);
    expect(found.length).toBeGreaterThan(0);
    const broken = found.filter(({ ref }) => resolve(ref) === undefined);
    expect(broken).toEqual([]);
  });

  it('keeps no schema-local $defs or per-schema dialect, which would point at the document root', () => {
    const text = JSON.stringify(doc.paths);
    expect(text).not.toContain('"$defs"');
    expect(text).not.toContain('#/$defs/');
    expect(text).not.toContain('"$schema"');
  });

  it('gives every operation a unique operationId, and every link one of them', () => {
    const operations = Object.values(doc.paths).flatMap((byMethod) => Object.values(byMethod));
    const ids = operations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const links = operations.flatMap((op) => Object.values(op.responses).flatMap((r) => Object.values(r.links ?? {})));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(ids).toContain(link.operationId);
  });

  it('stores a schema reused by several operations once (the console parameters)', () => {
    const targets = ['post /api/console/query', 'post /api/console/saved', 'put /api/console/saved/{id}'].map((name) => {
      const [method = '', path = ''] = name.split(' ');
      return refs(doc.paths[path]?.[method]).map((r) => r.ref);
    });
    for (const found of targets) expect(found.length).toBeGreaterThan(0);
    expect(new Set(targets.flat()).size).toBe(1);
  });
});

describe('answers the access policy can give', () => {
  it('declares 401 wherever an anonymous caller can be refused, and never on public routes', () => {
    for (const op of ALL_OPERATIONS) {
      const path = op.path.replace(/^\/api/, '').replace(/\{[^}]+\}/g, 'x');
      const documented = operation(op.method, op.path).responses;
      if (ACCESS_POLICY.ruleFor(op.method, path).access !== 'public') expect(documented['401'], `${op.method} ${op.path}`).toBeDefined();
    }
    expect(operation('get', '/api/health').responses['401']).toBeUndefined();
    expect(operation('get', '/api/auth/session').responses['401']).toBeUndefined();
  });

  it('declares 403 where a role is too low or the CSRF token can be missing', () => {
    for (const [method, path] of [
      ['get', '/api/users'],
      ['get', '/api/audit'],
      ['post', '/api/console/query'],
      ['get', '/api/export'],
      ['post', '/api/edit/nodes'],
      ['post', '/api/import'],
      ['post', '/api/briefings'],
      ['post', '/api/auth/logout'],
      // An export by `format` needs an analyst, though the plain question needs a viewer.
      ['get', '/api/questions/{id}'],
    ] as const) {
      expect(operation(method, path).responses['403'], `${method} ${path}`).toBeDefined();
    }
    for (const path of ['/api/industries', '/api/gaps', '/api/search', '/api/questions']) {
      expect(operation('get', path).responses['403'], path).toBeUndefined();
    }
  });
});

describe('downloads', () => {
  const mediaTypes = (method: string, path: string) => Object.keys(operation(method, path).responses['200']?.content ?? {}).sort();
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  it('declares CSV and XLSX beside JSON for the analyst tables and the console', () => {
    expect(mediaTypes('get', '/api/questions/{id}')).toEqual(['application/json', XLSX, 'text/csv'].sort());
    expect(mediaTypes('post', '/api/console/query')).toEqual(['application/json', XLSX, 'text/csv'].sort());
    expect(mediaTypes('get', '/api/import/templates/{name}')).toEqual([XLSX, 'text/csv'].sort());
  });

  it('declares Word, PDF and HTML for briefings', () => {
    expect(mediaTypes('post', '/api/briefings')).toEqual(
      ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/html'].sort(),
    );
    expect(mediaTypes('get', '/api/briefings/view')).toEqual(['text/html']);
  });
});

describe('numeric query parameters', () => {
  const schema = queryInteger({ min: 0, max: 100, default: 5 });

  it('refuses an empty or non-decimal value instead of reading it as 0', () => {
    for (const text of ['', ' ', '1e2', '0x10', ' 7', '7.0', 'abc']) expect(schema.safeParse(text).success, JSON.stringify(text)).toBe(false);
    expect(schema.safeParse('07').data).toBe(7);
    expect(schema.safeParse(undefined).data).toBe(5);
    expect(schema.safeParse('101').success).toBe(false);
  });

  it('still documents an integer with its bounds and default', () => {
    const offset = operation('get', '/api/industries').parameters.find((p) => p.name === 'offset');
    expect(offset?.schema).toMatchObject({ type: 'integer', minimum: 0, default: 0 });
  });
});

describe('405 with Allow', () => {
  async function call(method: string, path: string): Promise<Response> {
    const app = express();
    app.use('/api', methodNotAllowed(API_ROUTES));
    app.use('/api', (_req, res) => {
      res.status(299).end();
    });
    app.use((error: unknown, _req: Request, res: ExpressResponse, _next: NextFunction) => {
      res.status(error instanceof AppError ? error.status : 500).end();
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((done) => server.once('listening', () => done()));
    try {
      const { port } = server.address() as AddressInfo;
      return await fetch(`http://127.0.0.1:${port}${path}`, { method });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }

  it('answers a method the path does not take with 405 and the methods it does take', async () => {
    const response = await call('DELETE', '/api/industries');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    const users = await call('PUT', '/api/users/someone');
    expect(users.headers.get('allow')).toBe('GET, HEAD, PATCH, DELETE, OPTIONS');
  });

  it('lets supported methods through, with path parameters, any case and a trailing slash', async () => {
    expect((await call('GET', '/api/industries/nantong/chain')).status).toBe(299);
    expect((await call('PATCH', '/api/Edit/Relationships/FEEDS/a/b/')).status).toBe(299);
    expect((await call('HEAD', '/api/openapi.json')).status).toBe(299);
  });

  it('answers OPTIONS with the methods, and leaves unknown paths to the policy and routers', async () => {
    const options = await call('OPTIONS', '/api/console/saved');
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    expect((await call('DELETE', '/api/no-such-route')).status).toBe(299);
    expect((await call('PROPFIND', '/api/no-such-route')).status).toBe(404);
  });
});
