// An attack corpus against the console: every query is refused (400), bounded (a limit named, or a
// cut result) or, where marked, answered without leaking anything; after each one the graph is
// unchanged and Neo4j and the server still answer. Counts per class are printed at the end.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/auth';
import { seededTestServer } from '../helpers/seededServer';

type AttackClass =
  | 'terminators and comments'
  | 'SHOW, TERMINATE and administration'
  | 'USE and query options'
  | 'procedures'
  | 'non-graph labels and keys'
  | 'writes'
  | 'LOAD CSV'
  | 'subqueries'
  | 'memory, depth and runtime';

interface Attack {
  cls: AttackClass;
  cypher: string;
  params?: Record<string, unknown>;
  /** May be answered (200), as long as nothing internal is in the answer. */
  mayAnswer?: boolean;
}

const TIMEOUT_MS = 2000;
const TERMINATORS: [string, string][] = [
  ['LF', '\n'],
  ['CR', '\r'],
  ['CRLF', '\r\n'],
  ['NEL', '\u0085'],
  ['LS', '\u2028'],
  ['PS', '\u2029'],
];

const attacks: Attack[] = [
  // Line terminators and comments: each terminator hiding a command or a write.
  ...TERMINATORS.flatMap(([, t]): Attack[] => [
    { cls: 'terminators and comments', cypher: `//x${t}SHOW TRANSACTIONS YIELD username, metaData, currentQuery, parameters RETURN *` },
    { cls: 'terminators and comments', cypher: `//x${t}TERMINATE TRANSACTIONS 'neo4j-transaction-1'` },
    { cls: 'terminators and comments', cypher: `MATCH (n:Industry) //x${t}SET n.hacked = true RETURN n` },
    { cls: 'terminators and comments', cypher: `MATCH (n:Industry) RETURN n.id //x${t}UNION CREATE (m:Hacked) RETURN 'x' AS \`n.id\`` },
  ]),
  { cls: 'terminators and comments', cypher: '/* harmless */ CREATE (:Hacked)' },
  { cls: 'terminators and comments', cypher: 'MATCH (n:Industry) /* RETURN n */ DETACH DELETE n' },
  { cls: 'terminators and comments', cypher: '/* \\u002A/ CREATE (:Hacked) /* */' },
  { cls: 'terminators and comments', cypher: '// only a comment' },
  { cls: 'terminators and comments', cypher: 'RETURN 1 /* unclosed CREATE (:Hacked)' },
  { cls: 'terminators and comments', cypher: "RETURN 'unclosed // CREATE (:Hacked)" },
  // Neo4j would decode \u000A inside the comment into a line break; the guard removes the comment, so only the read runs.
  { cls: 'terminators and comments', cypher: 'MATCH (n:Industry) RETURN n //\\u000ADETACH DELETE n', mayAnswer: true },

  // SHOW, TERMINATE and administration commands.
  ...[
    'SHOW USERS',
    'SHOW CURRENT USER',
    'SHOW ROLES',
    'SHOW PRIVILEGES',
    'SHOW DATABASES',
    'SHOW INDEXES',
    'SHOW CONSTRAINTS',
    'SHOW PROCEDURES',
    'SHOW FUNCTIONS',
    'SHOW SETTINGS',
    'SHOW TRANSACTIONS',
    'SHOW TRANSACTIONS YIELD * RETURN *',
    'show indexes yield name return name',
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "CREATE USER mallory SET PASSWORD 'secret-password'",
    "ALTER USER neo4j SET PASSWORD 'changed-password'",
    "ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'b'",
    'GRANT ROLE admin TO mallory',
    'DENY READ {*} ON GRAPH * TO PUBLIC',
    'REVOKE ROLE admin FROM neo4j',
    'CREATE ROLE hackers',
    'RENAME USER neo4j TO mallory',
    'DROP INDEX entity_names',
    'DROP CONSTRAINT entity_id',
    'CREATE INDEX hacked FOR (n:Industry) ON (n.hacked)',
    'CREATE CONSTRAINT hacked FOR (n:Industry) REQUIRE n.hacked IS UNIQUE',
    'START DATABASE neo4j',
    'STOP DATABASE neo4j',
    'CREATE DATABASE hacked',
    'DROP DATABASE neo4j',
  ].map((cypher): Attack => ({ cls: 'SHOW, TERMINATE and administration', cypher })),

  // USE and query options.
  ...[
    'USE system SHOW USERS',
    'USE system MATCH (n) RETURN n',
    'USE neo4j MATCH (n:Industry) RETURN n',
    'CYPHER runtime=slotted MATCH (n:Industry) RETURN n',
    'CYPHER runtime=interpreted MATCH (n:Industry) RETURN n',
    'CYPHER planner=dp MATCH (n:Industry) RETURN n',
    'CYPHER 5 MATCH (n:Industry) RETURN n',
    'CYPHER 25 MATCH (n:Industry) RETURN n',
    'EXPLAIN MATCH (n:Industry) RETURN n',
    'PROFILE MATCH (n:Industry) RETURN n',
    'explain CREATE (:Hacked)',
    'MATCH (n:Industry) CALL { USE system SHOW USERS } RETURN n',
  ].map((cypher): Attack => ({ cls: 'USE and query options', cypher })),

  // Procedures and functions outside the allowlist.
  ...[
    'CALL dbms.components()',
    'CALL dbms.listConfig()',
    'CALL dbms.showCurrentUser()',
    "CALL dbms.killQuery('query-1')",
    "CALL dbms.security.createUser('mallory', 'secret-password', false)",
    "CALL db.createLabel('Hacked')",
    "CALL db.createProperty('hacked')",
    "CALL db.createRelationshipType('HACKED')",
    'CALL db.clearQueryCaches()',
    'CALL db.info()',
    "CALL db.stats.retrieve('GRAPH COUNTS')",
    'CALL tx.setMetaData({hacked: true})',
    "CALL apoc.create.node(['Hacked'], {})",
    "CALL apoc.cypher.run('CREATE (:Hacked)', {})",
    "CALL `db`.`createLabel`('Hacked')",
    "CALL db.index.fulltext.queryNodes('entity_names', '纺织') YIELD node CALL db.createLabel('Hacked') RETURN node",
    'CALL db.labels() YIELD label RETURN toLower(label) AS l',
    'CALL db.propertyKeys() YIELD propertyKey WITH collect(propertyKey) AS keys RETURN reduce(s = "", k IN keys | s + k)',
    'RETURN apoc.version()',
    "RETURN apoc.text.join(['a'], ',')",
  ].map((cypher): Attack => ({ cls: 'procedures', cypher })),

  // Reaching the bookkeeping nodes, their labels and keys.
  ...[
    'MATCH (u:User) RETURN u.passwordHash',
    'MATCH (u:`User`) RETURN u',
    'MATCH (n) WHERE n:User RETURN n.passwordHash',
    'MATCH (n:Industry|User) RETURN n',
    'MATCH (n:Industry&User) RETURN n',
    'MATCH (n:!Industry) RETURN n.passwordHash',
    'MATCH (n:%) RETURN n.tokenHash',
    'MATCH (s:Session) RETURN s.tokenHash',
    'MATCH (a:AuditEntry) RETURN a',
    'MATCH (q:SavedQuery) RETURN q.cypher',
    'MATCH (j:ImportJob) RETURN j',
    'MATCH (n) RETURN properties(n)',
    'MATCH (n) WHERE n.passwordHash IS NOT NULL RETURN n.passwordHash',
    "MATCH (n) WHERE 'User' IN labels(n) RETURN n",
    'MATCH (n) RETURN count(n)',
    'MATCH (u:User) RETURN count(u)',
    'MATCH (n:Industry) RETURN n, COLLECT { MATCH (u:User) RETURN u.passwordHash } AS hashes',
    'MATCH (n:Industry) WHERE EXISTS { MATCH (s:Session) } RETURN n',
    'MATCH (n) WHERE id(n) = 0 RETURN n',
    "MATCH (n) WHERE elementId(n) = '4:00000000-0000-0000-0000-000000000000:0' RETURN n",
  ].map((cypher): Attack => ({ cls: 'non-graph labels and keys', cypher })),
  { cls: 'non-graph labels and keys', cypher: 'MATCH (n:$($label)) RETURN n', params: { label: 'User' } },
  { cls: 'non-graph labels and keys', cypher: 'MATCH (n:$any($labels)) RETURN n', params: { labels: ['User', 'Session'] } },
  { cls: 'non-graph labels and keys', cypher: 'MATCH (n:Industry) RETURN n[$key] AS v', params: { key: 'passwordHash' }, mayAnswer: true },
  { cls: 'non-graph labels and keys', cypher: 'MATCH ()-[r]->() RETURN startNode(r).passwordHash AS h LIMIT 5', mayAnswer: true },
  { cls: 'non-graph labels and keys', cypher: 'CALL db.labels()', mayAnswer: true },
  { cls: 'non-graph labels and keys', cypher: 'CALL db.propertyKeys()', mayAnswer: true },
  { cls: 'non-graph labels and keys', cypher: 'CALL db.relationshipTypes()', mayAnswer: true },
  { cls: 'non-graph labels and keys', cypher: 'CALL db.schema.visualization()', mayAnswer: true },

  // Writes in every form.
  ...[
    "CREATE (x:Industry {id: 'evil'})",
    "create (x:Industry {id: 'evil'})",
    "MERGE (x:TechField {id: 'evil'})",
    "MERGE (a:Industry {id: 'high-end-textiles'}) ON MATCH SET a.hacked = 1",
    "MATCH (n:Industry) SET n.nameEn = 'x'",
    'MATCH (n:Industry) SET n += {hacked: true}',
    'MATCH (n:Industry) SET n:Hacked',
    'MATCH (n:Industry) SET n = {}',
    'MATCH (n:Industry) REMOVE n.nameEn',
    'MATCH (n:Industry) REMOVE n:Industry',
    'MATCH (n:ChainLink) DELETE n',
    'MATCH (n:ChainLink) DETACH DELETE n',
    'MATCH (n:ChainLink) DETACH/**/DELETE n',
    'MATCH (n:Industry)-[r]->() DELETE r',
    'FOREACH (i IN [1, 2] | CREATE (:Hacked))',
    "MATCH (n:Industry) FOREACH (x IN [1] | SET n.nameEn = 'x')",
    'MATCH (n:Industry) CALL (n) { SET n.hacked = true } RETURN n',
    'MATCH (n:Industry) CALL { WITH n DETACH DELETE n } RETURN 1',
    'OPTIONAL CALL { CREATE (:Hacked) } RETURN 1',
    'WITH 1 AS x CALL { CREATE (:Hacked) } RETURN x',
    'RETURN 1 AS x UNION CREATE (n:Hacked) RETURN 2 AS x',
    'MATCH (n:Industry) RETURN n.id AS x UNION ALL MATCH (m:ChainLink) DETACH DELETE m RETURN 1 AS x',
    'MATCH (n:Industry) WITH n {.*} AS m, n SET n = m RETURN m',
    'MATCH (n:Industry) WITH n, n {.*, hacked: true} AS m SET n += m',
    'MATCH (n:Industry) SET n:$($label)',
    '\\u0043REATE (:Hacked)',
    'MATCH (n:Industry) \\u0053ET n.hacked = 1',
    'CREATE/* between */(:Hacked)',
    "MATCH (n:Industry) sEt n.nameEn = 'x' RETURN n",
    'INSERT (:Hacked)',
    'MATCH (n:Industry) WHERE EXISTS { CREATE (:Hacked) } RETURN n',
    'MATCH (n:Industry) RETURN n; CREATE (:Hacked)',
    "RETURN 1; MATCH (n:Industry) SET n.nameEn = 'x'",
  ].map((cypher): Attack => ({ cls: 'writes', cypher, params: { label: 'Hacked' } })),

  // LOAD CSV.
  ...[
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "LOAD CSV WITH HEADERS FROM 'file:///etc/passwd' AS row RETURN row",
    "load csv from 'http://127.0.0.1:1/x.csv' as line return line",
    "LOAD CSV FROM 'file:///etc/hosts' AS line FIELDTERMINATOR ';' RETURN line",
    "CALL { LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line } RETURN line",
    "RETURN file(), linenumber()",
  ].map((cypher): Attack => ({ cls: 'LOAD CSV', cypher })),

  // Subqueries: read ones over the knowledge graph are answered; batches and reaches are refused.
  ...[
    'MATCH (n:Industry) CALL (n) { SET n.hacked = true } IN TRANSACTIONS RETURN n',
    'MATCH (n:Industry) CALL (n) { MATCH (m:Industry) RETURN m } IN TRANSACTIONS OF 10 ROWS RETURN m',
    'MATCH (n:Industry) CALL (n) { RETURN n.id AS id } IN TRANSACTIONS OF 1 ROW ON ERROR CONTINUE RETURN id',
    'MATCH (n:Industry) CALL (n) { RETURN n.id AS id } IN 2 CONCURRENT TRANSACTIONS RETURN id',
    'CALL { MATCH (u:User) RETURN u } RETURN u.username',
    'MATCH (n:Industry) RETURN COUNT { MATCH (s:Session) } AS sessions',
    'MATCH (n:Industry) RETURN COLLECT { MATCH (a:AuditEntry) RETURN a.actor } AS actors',
  ].map((cypher): Attack => ({ cls: 'subqueries', cypher })),
  ...[
    'MATCH (n:Industry) CALL (n) { MATCH (n)-[:HAS_LINK]->(c) RETURN count(c) AS links } RETURN n.id, links',
    'MATCH (n:Industry) WHERE EXISTS { (n)-[:HAS_LINK]->(:ChainLink) } RETURN n.id',
    'MATCH (n:Industry) RETURN n.id, COUNT { (n)-[:HAS_LINK]->() } AS links',
    'MATCH (n:Industry) RETURN n.id, COLLECT { MATCH (n)-[:HAS_LINK]->(c) RETURN c.id } AS links',
  ].map((cypher): Attack => ({ cls: 'subqueries', cypher, mayAnswer: true })),

  // Memory blow-ups, deep nesting and long runtimes: refused or bounded by a named limit.
  ...[
    `RETURN ${'('.repeat(3000)}1${')'.repeat(3000)}`,
    `RETURN ${'['.repeat(41)}1${']'.repeat(41)}`,
    `RETURN ${'CASE WHEN true THEN '.repeat(300)}1${' END'.repeat(300)}`,
    `RETURN ${'NOT '.repeat(3000)}true`,
    `MATCH (n:Industry) WHERE ${'{a: '.repeat(500)}1${'}'.repeat(500)} IS NOT NULL RETURN n`,
    `RETURN 1 ${' '.repeat(20_001)}`,
    'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)',
    'UNWIND range(1, 60000000) AS x RETURN collect(x) AS all',
    "RETURN reduce(s = '', x IN range(1, 10000000) | s + 'xxxxxxxxxx') AS s",
    "MATCH (a:Entity), (b:Entity), (c:Entity) WHERE a.id + b.id + c.id = 'x' RETURN count(*)",
    'MATCH p = (:Industry)-[*]-() RETURN count(p)',
    'UNWIND range(1, 100000) AS x RETURN x',
    "UNWIND range(1, 2000) AS x RETURN x, reduce(s = '', y IN range(1, 2000) | s + 'x') AS big",
  ].map((cypher): Attack => ({ cls: 'memory, depth and runtime', cypher })),
];

let analyst: ApiClient;
let initial: string;
const counts = new Map<AttackClass, { refused: number; bounded: number; answered: number }>();

interface ConsoleAnswer {
  rows?: unknown[][];
  truncated?: boolean;
  cutBy?: string | null;
  error?: { code: string; message: string; messageZh: string; details?: { field: string }[] };
}

/** Every node's labels and properties (bookkeeping that logins write left out), every relationship, the label and type tokens. */
async function graphFingerprint(): Promise<string> {
  return fx.db.read(async (tx) => {
    const nodes = await tx.run(
      'MATCH (n) WHERE NOT (n:Session OR n:AuditEntry OR n:User) RETURN collect([labels(n), properties(n)]) AS all',
    );
    const rels = await tx.run('MATCH (a)-[r]->(b) RETURN collect([a.id, type(r), b.id, properties(r)]) AS all');
    const tokens = await tx.run(
      'CALL db.labels() YIELD label WITH collect(label) AS labels CALL db.relationshipTypes() YIELD relationshipType RETURN labels, collect(relationshipType) AS types',
    );
    const canonical = (value: unknown): string =>
      JSON.stringify(value, (_k, v: unknown): unknown => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));
    const lists: unknown[] = [nodes.records[0]?.get('all'), rels.records[0]?.get('all'), tokens.records[0]?.get('labels'), tokens.records[0]?.get('types')];
    const parts = lists.map((list) => (Array.isArray(list) ? list.map(canonical).sort() : []));
    return createHash('sha256').update(canonical(parts)).digest('hex');
  });
}

const fx = seededTestServer({ datasets: ['nantong', 'demo'], server: { openRead: false, console: { timeoutMs: TIMEOUT_MS } } });

beforeAll(async () => {
  analyst = await fx.login('analyst');
  // A saved query and an import-like bookkeeping node, so there is something internal to reach.
  await analyst.post('/api/console/saved', { name: 'mine', cypher: 'MATCH (n:Industry) RETURN n', params: {} });
  initial = await graphFingerprint();
}, 120_000);

afterAll(() => {
  const table = [...counts.entries()].map(([cls, c]) => ({ class: cls, ...c, total: c.refused + c.bounded + c.answered }));
  console.log(`Console attack corpus: ${attacks.length} queries`);
  console.table(table);
});

/** Codes of a 400 that refuses a query (today's and the limit codes being added). */
const REFUSED_CODES = new Set(['query_refused', 'query_invalid', 'query_too_complex', 'query_too_deep', 'query_too_long', 'validation_failed']);
const BOUNDED_STATUSES = new Set([400, 413, 422, 429, 504]);
/** What must never be in an answer: bcrypt hashes, internal labels and keys as values. */
const LEAKS = [/\$2[aby]\$\d\d\$/, /"(User|Session|AuditEntry|SavedQuery|ImportJob)"/, /"(passwordHash|tokenHash)"/];

describe('console attack corpus', () => {
  it('has at least 120 queries', () => {
    expect(attacks.length).toBeGreaterThanOrEqual(120);
  });

  it('introspection shows the knowledge graph and nothing else', async () => {
    const labels = await analyst.post<ConsoleAnswer>('/api/console/query', { cypher: 'CALL db.labels()', params: {} });
    expect(labels.body.rows?.flat()).toContain('Industry');
    expect(labels.body.rows?.flat()).not.toContain('User');
    const keys = await analyst.post<ConsoleAnswer>('/api/console/query', { cypher: 'CALL db.propertyKeys()', params: {} });
    expect(keys.body.rows?.flat()).toContain('nameZh');
    for (const hidden of ['passwordHash', 'tokenHash', 'username']) expect(keys.body.rows?.flat()).not.toContain(hidden);
  });

  it.each(attacks.map((a, i) => [i, a.cls, JSON.stringify(a.cypher).slice(0, 90), a] as const))('%i %s: %s', async (_i, cls, _label, attack) => {
    const response = await analyst.post<ConsoleAnswer>('/api/console/query', { cypher: attack.cypher, params: attack.params ?? {} });
    const body = JSON.stringify(response.body);
    const tally = counts.get(cls) ?? { refused: 0, bounded: 0, answered: 0 };
    counts.set(cls, tally);

    expect(response.status, body.slice(0, 400)).not.toBe(500);
    for (const leak of LEAKS) expect(body, 'leak').not.toMatch(leak);
    if (response.status === 400 && REFUSED_CODES.has(response.body.error?.code ?? '')) {
      expect(response.body.error?.messageZh).toMatch(/[\u4e00-\u9fff]/);
      tally.refused += 1;
    } else if (cls === 'memory, depth and runtime') {
      const cut = response.status === 200 && (response.body.truncated === true || (response.body.cutBy ?? null) !== null);
      expect(BOUNDED_STATUSES.has(response.status) || cut, `${response.status} ${body.slice(0, 300)}`).toBe(true);
      tally.bounded += 1;
    } else {
      expect(attack.mayAnswer, `answered: ${response.status} ${body.slice(0, 300)}`).toBe(true);
      expect(response.status).toBe(200);
      tally.answered += 1;
    }

    expect(await graphFingerprint()).toBe(initial);
    expect((await analyst.get('/api/health')).status).toBe(200);
    const trivial = await analyst.post<ConsoleAnswer>('/api/console/query', { cypher: 'RETURN 1 AS one', params: {} });
    expect(trivial.status, JSON.stringify(trivial.body)).toBe(200);
    expect(trivial.body.rows).toEqual([[1]]);
  });
});
