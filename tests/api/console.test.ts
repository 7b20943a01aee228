// The analyst console: read queries come back as a table and a graph; every way of writing is refused
// with the graph unchanged; bookkeeping nodes are out of reach; limits, exports and saved queries.
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenPlan, type PlanNode } from '../../server/console';
import { loginAs, type ApiClient } from '../helpers/auth';
import { seededTestServer } from '../helpers/seededServer';
import { startTestServer } from '../helpers/server';
import type { ApiErrorBody as ErrorBody } from '../../graph/model';

let analyst: ApiClient;

interface ConsoleBody {
  columns: string[];
  rows: unknown[][];
  elements: { group: string; data: { id: string; source?: string; target?: string } }[];
  rowCount: number;
  truncated: boolean;
}

const fx = seededTestServer({ datasets: ['nantong', 'demo'], server: { openRead: false } });

beforeAll(async () => {
  analyst = await fx.login('analyst');
});

const run = (client: ApiClient, cypher: string, params: Record<string, unknown> = {}, path = '/api/console/query') =>
  client.post<ConsoleBody & ErrorBody>(path, { cypher, params });

/** Everything a write could touch: every node's labels and properties, every relationship, the label and type tokens. */
async function graphFingerprint(): Promise<{ nodes: number; relationships: number; checksum: string }> {
  return fx.db.read(async (tx) => {
    const nodes = await tx.run(
      `MATCH (n) WHERE NOT (n:Session OR n:AuditEntry OR n:User)
       RETURN count(n) AS count, collect([labels(n), properties(n)]) AS all`,
    );
    const rels = await tx.run('MATCH (a)-[r]->(b) RETURN count(r) AS count, collect([a.id, type(r), b.id, properties(r)]) AS all');
    const tokens = await tx.run('CALL db.labels() YIELD label WITH collect(label) AS labels CALL db.relationshipTypes() YIELD relationshipType RETURN labels, collect(relationshipType) AS types');
    const canonical = (value: unknown): string =>
      JSON.stringify(value, (_k, v: unknown): unknown => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));
    const lists = [nodes.records[0]?.get('all'), rels.records[0]?.get('all'), tokens.records[0]?.get('labels'), tokens.records[0]?.get('types')] as unknown[][];
    const parts = lists.map((list) => list.map(canonical).sort());
    return {
      nodes: nodes.records[0]?.get('count') as number,
      relationships: rels.records[0]?.get('count') as number,
      checksum: createHash('sha256').update(canonical(parts)).digest('hex'),
    };
  });
}

describe('read queries', () => {
  it('returns a table with entities as DTOs and the graph part as Cytoscape elements', async () => {
    const response = await run(
      analyst,
      'MATCH (i:Industry)-[r:HAS_LINK]->(c:ChainLink) WHERE i.id = $industry RETURN i, r, c.nameZh AS link ORDER BY c.order',
      { industry: 'high-end-textiles' },
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.columns).toEqual(['i', 'r', 'link']);
    expect(response.body.rowCount).toBeGreaterThan(0);
    const first = response.body.rows[0] as [{ $type: string; node: { id: string; label: string } }, { $type: string; relationship: { from: string; type: string } }, string];
    expect(first[0]).toMatchObject({ $type: 'node', node: { id: 'high-end-textiles', label: 'Industry' } });
    expect(first[1]).toMatchObject({ $type: 'relationship', relationship: { from: 'high-end-textiles', type: 'HAS_LINK' } });
    expect(typeof first[2]).toBe('string');
    // Edges whose far end was not returned still get both ends as nodes.
    const nodeIds = new Set(response.body.elements.filter((e) => e.group === 'nodes').map((e) => e.data.id));
    const edges = response.body.elements.filter((e) => e.group === 'edges');
    expect(edges).toHaveLength(response.body.rowCount);
    for (const edge of edges) {
      expect(nodeIds.has(edge.data.source ?? '')).toBe(true);
      expect(nodeIds.has(edge.data.target ?? '')).toBe(true);
    }
  });

  it('returns paths, maps and aggregates, and allows ";" inside a string', async () => {
    const response = await run(
      analyst,
      "MATCH p = (:Industry {id: 'high-end-textiles'})-[:HAS_LINK]->(:ChainLink) RETURN p, {tier: 'a;b'} AS m, count(*) AS n LIMIT 1 // a comment; with a semicolon",
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const [path, map] = response.body.rows[0] as [{ $type: string; nodes: unknown[]; relationships: unknown[] }, { tier: string }];
    expect(path.$type).toBe('path');
    expect(path.nodes).toHaveLength(2);
    expect(path.relationships).toHaveLength(1);
    expect(map.tier).toBe('a;b');
  });

  it('cuts results at the row limit and says so', async () => {
    const response = await analyst.post<ConsoleBody>('/api/console/query', { cypher: 'MATCH (n:Entity) RETURN n.id AS id', limit: 3 });
    expect(response.status).toBe(200);
    expect(response.body.rowCount).toBe(3);
    expect(response.body.truncated).toBe(true);
  });

  it('allows the allowlisted procedures', async () => {
    for (const cypher of ['CALL db.labels()', "CALL db.index.fulltext.queryNodes('entity_names', '纺织') YIELD node RETURN node.id AS id", 'CALL db.schema.visualization()']) {
      const response = await run(analyst, cypher);
      expect(response.status, `${cypher}: ${JSON.stringify(response.body)}`).toBe(200);
    }
  });

  it('answers a shortest path between a node and itself with 400, not 500', async () => {
    for (const cypher of [
      'MATCH p = allShortestPaths((a:Industry)-[*]-(a)) RETURN p',
      "MATCH (a:Industry {id: 'high-end-textiles'}), (b:Industry {id: 'high-end-textiles'}) MATCH p = shortestPath((a)-[*]-(b)) RETURN p",
    ]) {
      const response = await run(analyst, cypher);
      expect(response.status, JSON.stringify(response.body)).toBe(400);
      expect(response.body.error.code).toBe('query_invalid');
    }
  });

  it('answers a syntax error with 400 and Neo4j’s reason', async () => {
    const response = await run(analyst, 'MATCH (n:Industry RETURN n');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('query_invalid');
    expect(response.body.error.details[0]?.field).toBe('body.cypher');
  });
});

describe('writes are refused and the graph stays unchanged', () => {
  const attempts = [
    "CREATE (x:Industry {id: 'evil'})",
    "create (x:Industry {id: 'evil'})",
    "MERGE (x:TechField {id: 'evil'})",
    "MATCH (n:Industry) SET n.nameEn = 'x'",
    "MATCH (n:Industry) SET n:Hacked",
    'MATCH (n:ChainLink) DELETE n',
    'MATCH (n:ChainLink) DETACH DELETE n',
    'MATCH (n:Industry) REMOVE n.nameEn',
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "CALL db.createLabel('Hacked')",
    "CALL db.createProperty('hacked')",
    'CALL db.clearQueryCaches()',
    'CALL dbms.components()',
    "CALL apoc.create.node(['X'], {})",
    'MATCH (n:Industry) CALL (n) { SET n.hacked = true } IN TRANSACTIONS RETURN n',
    "MATCH (n:Industry) CALL (n) { MATCH (m:Industry) RETURN m } IN TRANSACTIONS OF 10 ROWS RETURN m",
    "MATCH (n:Industry) CALL (n) { SET n.hacked = true } RETURN n",
    'MATCH (n) RETURN n; CREATE (x)',
    "RETURN 1; MATCH (n:Industry) SET n.nameEn = 'x'",
    'FOREACH (i IN [1, 2] | CREATE (:Hacked))',
    "MATCH (n:Industry) FOREACH (x IN [1] | SET n.nameEn = 'x')",
    '/* harmless */ CREATE (:Hacked)',
    'USE system SHOW USERS',
    'SHOW USERS',
    "CREATE USER mallory SET PASSWORD 'secret-password'",
    'DROP CONSTRAINT entity_id',
    'EXPLAIN MATCH (n:Industry) RETURN n',
    'CYPHER runtime=slotted MATCH (n:Industry) RETURN n',
  ];

  it.each(attempts)('%s', async (cypher) => {
    const before = await graphFingerprint();
    const response = await run(analyst, cypher);
    expect(response.status, JSON.stringify(response.body)).toBe(400);
    expect(response.body.error.code).toBe('query_refused');
    expect(response.body.error.details[0]?.field).toBe('body.cypher');
    expect(response.body.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(await graphFingerprint()).toEqual(before);
  });

  it('is refused by the plan check too, not only by the text check', async () => {
    // The same writes, planned by Neo4j directly: the plan screen refuses each on its own.
    const session = fx.db.session('READ');
    try {
      for (const cypher of [
        "CREATE (x:Industry {id: 'evil'})",
        "MATCH (n:Industry) SET n.nameEn = 'x'",
        "CALL db.createLabel('Hacked')",
        "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
        'MATCH (n:Industry) CALL (n) { MATCH (m:Industry) RETURN m } IN TRANSACTIONS RETURN m',
        'MATCH (u:User) RETURN u.passwordHash',
        'MATCH (n) RETURN n',
      ]) {
        const summary = (await session.run(`EXPLAIN ${cypher}`)).summary;
        interface RawPlan {
          operatorType: string;
          arguments: Record<string, unknown>;
          children: RawPlan[];
        }
        const toNode = (p: RawPlan): PlanNode => ({ operatorType: p.operatorType, arguments: p.arguments, children: p.children.map(toNode) });
        const plan = summary.plan as RawPlan | false;
        expect(screenPlan(summary.queryType, plan ? toNode(plan) : false), cypher).not.toBeNull();
      }
    } finally {
      await session.close();
    }
  });
});

describe('bookkeeping nodes are out of reach', () => {
  it.each([
    'MATCH (u:User) RETURN u.passwordHash',
    'MATCH (u:`User`) RETURN u',
    'MATCH (n) WHERE n.passwordHash IS NOT NULL RETURN n.passwordHash',
    'MATCH (n) RETURN properties(n)',
    "MATCH (n) WHERE 'User' IN labels(n) RETURN n",
    'MATCH (n:Industry|User) RETURN n',
    'MATCH (s:Session) RETURN s.tokenHash',
    'MATCH (a:AuditEntry) RETURN a',
    "MATCH (n) WHERE elementId(n) = '4:x:1' RETURN n",
    "MATCH (n:Industry) RETURN n, COLLECT { MATCH (u:User) RETURN u.passwordHash } AS hashes",
    'MATCH (u:User) RETURN count(u)',
  ])('%s', async (cypher) => {
    const response = await run(analyst, cypher);
    expect(response.status, JSON.stringify(response.body)).toBe(400);
    expect(response.body.error.code).toBe('query_refused');
    expect(JSON.stringify(response.body)).not.toMatch(/\$2[aby]\$/);
  });
});

describe('limits', () => {
  it('stops a query at the timeout', async () => {
    const slow = await startTestServer(fx.db, { openRead: false, console: { timeoutMs: 1000 } });
    try {
      const client = await loginAs(slow.baseUrl, fx.db, 'analyst');
      const response = await run(client, 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)');
      expect(response.status, JSON.stringify(response.body)).toBe(504);
      expect(response.body.error.code).toBe('query_timeout');
    } finally {
      await slow.close();
    }
  });

  it('stops a query at the transaction memory limit', async () => {
    const response = await run(analyst, 'UNWIND range(1, 60000000) AS x RETURN collect(x) AS all');
    expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(422);
    expect(response.body.error.code).toBe('query_too_large');
  });

  it('refuses a query longer than the length limit', async () => {
    const response = await run(analyst, `RETURN 1 ${' '.repeat(20_001)}`);
    expect(response.status).toBe(400);
  });
});

describe('exports', () => {
  const download = async (format: 'csv' | 'xlsx', cypher: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> => {
    const response = await fetch(`${fx.baseUrl}/api/console/query?format=${format}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: [...analyst.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-csrf-token': analyst.csrfToken ?? '',
      },
      body: JSON.stringify({ cypher }),
    });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  it('downloads a result as CSV with a BOM and as XLSX', async () => {
    const cypher = 'MATCH (i:Industry) RETURN i.id AS id, i.nameZh AS name, i ORDER BY id';
    const table = await run(analyst, cypher);
    const csv = await download('csv', cypher);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="console-\d{8}-\d{6}\.csv"/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.subarray(3).toString('utf8');
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('id,name,i');
    expect(lines).toHaveLength(table.body.rowCount + 1);
    expect(text).toContain('高端纺织');

    const xlsx = await download('xlsx', cypher);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, 'id', 'name', 'i']);
    expect(sheet?.rowCount).toBe(table.body.rowCount + 1);
  });
  it('writes text that starts like a formula as text, and numbers as numbers', async () => {
    const cypher = `RETURN '=HYPERLINK("http://example.invalid","x")' AS f, '@SUM(A1)' AS g, -3.5 AS n, '-3.5' AS t`;
    const csv = await download('csv', cypher);
    expect(csv.status).toBe(200);
    const line = csv.bytes.subarray(3).toString('utf8').trim().split('\n')[1];
    expect(line).toBe(`"'=HYPERLINK(""http://example.invalid"",""x"")",'@SUM(A1),-3.5,-3.5`);

    const xlsx = await download('xlsx', cypher);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const row = workbook.worksheets[0]?.getRow(2);
    expect(row?.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row?.getCell(1).numFmt).toBe('@');
    expect(row?.getCell(2).numFmt).toBe('@');
    expect(row?.getCell(3).value).toBe(-3.5);
  });
});

describe('saved queries', () => {
  it('belong to their owner and can be listed, read, changed and deleted', async () => {
    const created = await analyst.post<{ query: { id: string; name: string; params: unknown } }>('/api/console/saved', {
      name: '某产业的环节',
      cypher: 'MATCH (:Industry {id: $id})-[:HAS_LINK]->(c) RETURN c',
      params: { id: 'high-end-textiles' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.query.id;
    expect(created.body.query.params).toEqual({ id: 'high-end-textiles' });
    const list = await analyst.get<{ items: { id: string }[] }>('/api/console/saved');
    expect(list.body.items.map((q) => q.id)).toContain(id);

    const other = await fx.login('analyst');
    expect((await other.get<{ items: unknown[] }>('/api/console/saved')).body.items).toEqual([]);
    expect((await other.get(`/api/console/saved/${id}`)).status).toBe(404);
    expect((await other.request('DELETE', `/api/console/saved/${id}`)).status).toBe(404);

    const renamed = await analyst.request<{ query: { name: string } }>('PUT', `/api/console/saved/${id}`, { json: { name: '改名' } });
    expect(renamed.body.query.name).toBe('改名');
    const refused = await analyst.request<ErrorBody>('PUT', `/api/console/saved/${id}`, { json: { cypher: 'MATCH (n:Industry) DELETE n' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('query_refused');
    expect((await analyst.request('DELETE', `/api/console/saved/${id}`)).status).toBe(204);
    expect((await analyst.get(`/api/console/saved/${id}`)).status).toBe(404);
  });

  it('stay out of the knowledge graph', async () => {
    const response = await run(analyst, 'MATCH (q:SavedQuery) RETURN q');
    expect(response.status).toBe(400);
  });
});

describe('roles', () => {
  it('needs an analyst or above', async () => {
    const viewer = await fx.login('viewer');
    expect((await run(viewer, 'RETURN 1')).status).toBe(403);
    expect((await viewer.get('/api/console/saved')).status).toBe(403);
    const editor = await fx.login('editor');
    expect((await run(editor, 'RETURN 1 AS one')).status).toBe(200);
  });
});
