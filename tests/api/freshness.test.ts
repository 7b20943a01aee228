// GET /api/freshness on a hand-built graph whose observedAt dates and ages are worked out below, counted to
// a fixed day (at=2026-12-06) with the bundled thresholds; the region scope, the CSV download, the 400s
// and the start refusing a bad threshold file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiErrorBody, GapMatrix } from '../../graph/model';
import { FreshnessConfigView, FreshnessView } from '../../graph/model/freshness';
import { seededTestServer } from '../helpers/seededServer';
import { getJson } from '../helpers/server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const AT = '2026-12-06';

/*
 * Thresholds (server/freshness/freshness.config.json): Region 60, Enterprise 18, Platform 24 months;
 * LOCATED_IN and PART_OF the default 36. Ages to 2026-12-06, a partial date counting from its last day:
 *   nantong     Region     '2024'        since 2024-12-31, 23 months, fresh
 *   other-city  Region     '2010'        since 2010-12-31, 191 months, stale: 2015-12-31 + 3993 days
 *   nt-county   Region     —             undated
 *   f-old       Enterprise '2023-01-15'  46 months, stale: 2024-07-15 + 874 days
 *   f-edge      Enterprise '2025-06-06'  exactly 18 months: still fresh
 *   f-edge2     Enterprise '2025-06-05'  18 months and a day: stale by 1 day
 *   f-month     Enterprise '2025-05'     since 2025-05-31, 18 months, stale: 2026-11-30 + 6 days
 *   f-year      Enterprise '2025'        since 2025-12-31, 11 months, fresh
 *   f-other     Enterprise '2020-03-01'  81 months, stale: 2021-09-01 + 1922 days   (in other-city)
 *   f-undated   Enterprise —             undated                                     (in other-city)
 *   p1          Platform   '2025-01-01'  23 months, fresh (24)
 *   f-old -LOCATED_IN {'2020'}-> nantong   since 2020-12-31, 71 months, stale: 2023-12-31 + 1071 days
 *   p1 -LOCATED_IN {'2026-01-01'}-> nantong  11 months, fresh
 *   six more LOCATED_IN and one PART_OF without a date: undated
 */
const GRAPH = `
CREATE (nt:Entity:Region {id: 'nantong', kind: 'city', observedAt: '2024'})
CREATE (oc:Entity:Region {id: 'other-city', kind: 'city', observedAt: '2010'})
CREATE (:Entity:Region {id: 'nt-county', kind: 'county'})-[:PART_OF]->(nt)
CREATE (fo:Entity:Enterprise {id: 'f-old', observedAt: '2023-01-15'})-[:LOCATED_IN {observedAt: '2020'}]->(nt)
CREATE (:Entity:Enterprise {id: 'f-edge', observedAt: '2025-06-06'})-[:LOCATED_IN]->(nt)
CREATE (:Entity:Enterprise {id: 'f-edge2', observedAt: '2025-06-05'})-[:LOCATED_IN]->(nt)
CREATE (:Entity:Enterprise {id: 'f-month', observedAt: '2025-05'})-[:LOCATED_IN]->(nt)
CREATE (:Entity:Enterprise {id: 'f-year', observedAt: '2025'})-[:LOCATED_IN]->(nt)
CREATE (:Entity:Enterprise {id: 'f-other', observedAt: '2020-03-01', sourceKind: 'import', sourceRef: 'firms.csv#3'})-[:LOCATED_IN]->(oc)
CREATE (:Entity:Enterprise {id: 'f-undated', sourceKind: 'import', sourceRef: 'firms.csv#4'})-[:LOCATED_IN]->(oc)
CREATE (:Entity:Platform {id: 'p1', observedAt: '2025-01-01'})-[:LOCATED_IN {observedAt: '2026-01-01'}]->(nt)
WITH 1 AS created
MATCH (n:Enterprise|Platform) WHERE n.sourceKind IS NULL SET n.sourceKind = 'public', n.sourceRef = 'a page', n.dataset = 'ds-a'
WITH count(*) AS stamped
MATCH (n:Entity)
SET n.nameZh = n.id + '（中）', n.nameEn = n.id, n.sourceKind = coalesce(n.sourceKind, 'document'), n.sourceRef = coalesce(n.sourceRef, '三(三)')
WITH count(*) AS named
MATCH ()-[r]->() SET r.sourceKind = 'document', r.sourceRef = '三(三)'`;

const fx = seededTestServer({
  prepare: async (db) => {
    await db.write((tx) => tx.run(GRAPH));
  },
});

async function freshness(query: string): Promise<FreshnessView> {
  const { status, body } = await getJson(fx.baseUrl, `/api/freshness?at=${AT}${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return FreshnessView.parse(body);
}

const counts = (g: { facts: number; dated: number; stale: number; undated: number }) => [g.facts, g.dated, g.stale, g.undated];

describe('GET /api/freshness', () => {
  it('counts every fact of the graph by label with its threshold, oldest and median age', async () => {
    const view = await freshness('');
    expect(view.at).toBe(AT);
    expect(view.region).toBeNull();
    expect(counts(view.total)).toEqual([20, 11, 6, 9]);
    const labels = view.byLabel.map((l) => [l.kind, l.label, l.thresholdMonths, ...counts(l), l.oldest, l.oldestAgeMonths, l.medianAgeMonths]);
    expect(labels).toEqual([
      ['node', 'Enterprise', 18, 7, 6, 4, 1, '2020-03-01', 81, 18],
      ['node', 'Region', 60, 3, 2, 1, 1, '2010', 191, 107],
      ['node', 'Platform', 24, 1, 1, 0, 0, '2025-01-01', 23, 23],
      ['relationship', 'LOCATED_IN', 36, 8, 2, 1, 6, '2020', 71, 41],
      ['relationship', 'PART_OF', 36, 1, 0, 0, 1, null, null, null],
    ]);
  });

  it('summarises by source kind and origin: the dataset, or the file an import read', async () => {
    const view = await freshness('');
    expect(view.bySource.map((s) => [s.sourceKind, s.origin, ...counts(s)])).toEqual([
      ['public', 'ds-a', 6, 6, 3, 0],
      ['document', null, 12, 4, 2, 8],
      ['import', 'firms.csv', 2, 1, 1, 1],
    ]);
  });

  it('lists the stalest facts most overdue first, bounded by limit, and the undated ones apart', async () => {
    const all = await freshness('');
    expect(all.stalest.items.map((f) => [f.kind, f.node.id, f.to?.id ?? null, f.observedAt, f.ageMonths, f.thresholdMonths, f.overdueDays])).toEqual([
      ['node', 'other-city', null, '2010', 191, 60, 3993],
      ['node', 'f-other', null, '2020-03-01', 81, 18, 1922],
      ['relationship', 'f-old', 'nantong', '2020', 71, 36, 1071],
      ['node', 'f-old', null, '2023-01-15', 46, 18, 874],
      ['node', 'f-month', null, '2025-05', 18, 18, 6],
      ['node', 'f-edge2', null, '2025-06-05', 18, 18, 1],
    ]);
    expect([all.stalest.total, all.stalest.truncated]).toEqual([6, false]);
    expect(all.stalest.items[1]).toMatchObject({ label: 'Enterprise', sourceKind: 'import', sourceRef: 'firms.csv#3', origin: 'firms.csv' });
    expect(all.undated.items).toHaveLength(9);
    expect(all.undated.items.every((f) => f.observedAt === null && f.ageMonths === null && f.overdueDays === null)).toBe(true);

    const cut = await freshness('&limit=3');
    expect(cut.stalest.items.map((f) => f.node.id)).toEqual(['other-city', 'f-other', 'f-old']);
    expect([cut.stalest.total, cut.stalest.truncated, cut.limit]).toEqual([6, true, 3]);
    expect([cut.undated.items.length, cut.undated.total, cut.undated.truncated]).toEqual([3, 9, true]);
  });

  it('counts a later day: on 2026-12-07 the firm observed exactly 18 months before turns stale', async () => {
    const { status, body } = await getJson(fx.baseUrl, '/api/freshness?at=2026-12-07');
    expect(status).toBe(200);
    const view = FreshnessView.parse(body);
    expect(view.stalest.items.find((f) => f.node.id === 'f-edge')).toMatchObject({ overdueDays: 1, ageMonths: 18 });
    expect(view.total.stale).toBe(7);
  });

  it('keeps to a region: its places, what is located in them and their relationships', async () => {
    const view = await freshness('&region=nantong');
    expect(view.region).toMatchObject({ id: 'nantong', label: 'Region' });
    expect(counts(view.total)).toEqual([15, 9, 4, 6]);
    expect(view.stalest.items.map((f) => f.node.id)).toEqual(['f-old', 'f-old', 'f-month', 'f-edge2']);
    expect(view.undated.items.map((f) => `${f.node.id}>${f.to?.id ?? ''}`).sort()).toEqual(
      ['f-edge>nantong', 'f-edge2>nantong', 'f-month>nantong', 'f-year>nantong', 'nt-county>', 'nt-county>nantong'].sort(),
    );
  });

  it('downloads a list as CSV in the reader’s language', async () => {
    const response = await fetch(`${fx.baseUrl}/api/freshness?at=${AT}&format=csv&list=stale&lang=en`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toContain('innochain-freshness-stale-en-2026-12-06.csv');
    const lines = (await response.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^Kind,Name,Other end,Source kind,Source,/);
    expect(lines).toHaveLength(7);
    expect(lines[1]).toMatch(/^Region,other-city,/);
    expect(lines[3]).toMatch(/^is located in,f-old,nantong,/);
    const zh = await (await fetch(`${fx.baseUrl}/api/freshness?at=${AT}&format=csv&list=undated`)).text();
    expect(zh).toContain('类型,名称');
    expect(zh).toContain('nt-county（中）');
  });

  it('answers 400 naming the field, in English and Chinese, for a bad day, region, limit or list', async () => {
    for (const [query, field] of [
      ['at=2026-13-01', 'query.at'],
      ['at=2026-12', 'query.at'],
      ['region=nowhere', 'query.region'],
      ['limit=0', 'query.limit'],
      ['list=old', 'query.list'],
      // An unknown parameter is named in the reason of the query as a whole.
      ['since=2026', 'query'],
    ] as const) {
      const { status, body } = await getJson(fx.baseUrl, `/api/freshness?${query}`);
      expect(status, query).toBe(400);
      const detail = ApiErrorBody.parse(body).error.details?.find((d) => d.field === field);
      expect(detail, `${query}: ${JSON.stringify(body)}`).toBeDefined();
      expect(detail?.reasonZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  // Last in this block: it adds an industry and its holders to the graph the tests above count.
  it('marks the matrix holders resting on a stale fact: a stale firm, or a platform whose SERVES is stale', async () => {
    const today = new Date().toISOString().slice(0, 10);
    await fx.db.write((tx) =>
      tx.run(
        `MATCH (nt:Region {id: 'nantong'}), (fo:Enterprise {id: 'f-old'}), (p1:Platform {id: 'p1'})
         CREATE (i:Entity:Industry {id: 'ind', tier: 'emerging', nameZh: '产业', nameEn: 'Industry', sourceKind: 'document', sourceRef: '三(一)'})-[:KEY_INDUSTRY_OF]->(nt)
         CREATE (fo)-[:LEADS {sourceKind: 'document', sourceRef: 't'}]->(i)
         CREATE (:Entity:Enterprise {id: 'f-now', nameZh: '新', nameEn: 'New', sourceKind: 'public', sourceRef: 't', observedAt: $today})
           -[:LEADS {sourceKind: 'public', sourceRef: 't', observedAt: $today}]->(i)
         SET p1.kind = 'public-technology-service'
         CREATE (p1)-[:SERVES {sourceKind: 'public', sourceRef: 't', observedAt: '2019'}]->(i)
         WITH i MATCH (f:Enterprise {id: 'f-now'}), (nt:Region {id: 'nantong'}) CREATE (f)-[:LOCATED_IN {sourceKind: 'public', sourceRef: 't'}]->(nt)`,
        { today },
      ),
    );
    const { status, body } = await getJson(fx.baseUrl, '/api/gaps/matrix');
    expect(status, JSON.stringify(body)).toBe(200);
    const row = GapMatrix.parse(body).rows.find((r) => r.industry.id === 'ind');
    const marks = (slot: 'leadFirm' | 'platforms') => row?.cells[slot]?.holders.map((h) => [h.id, h.stale ?? false]).sort();
    // f-old: observed 2023-01-15, past 18 months; f-now: observed today; p1: itself fresh, SERVES observed 2019, past 24 months.
    expect(marks('leadFirm')).toEqual([
      ['f-now', false],
      ['f-old', true],
    ]);
    expect(marks('platforms')).toEqual([['p1', true]]);
  });

  // After the matrix test: the briefing of its industry rests on f-old (stale), f-now, p1 and the industry
  // (undated), on both LEADS (f-old's undated, f-now's today) and on p1's SERVES of 2019 (stale).
  it('counts stale and undated facts in the briefing’s data notes and names the oldest', async () => {
    const response = await fetch(`${fx.baseUrl}/api/briefings/view?scope=industry&industries=ind`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('数据时效');
    expect(html).toContain('本简报依据的 7 条事实中，2 条可能过时（超过所属类型的更新阈值），2 条未注明观察日期（时效未知）。');
    expect(html).toContain('企业：1 条（阈值 18 个月）');
    expect(html).toContain('服务：1 条（阈值 24 个月）');
    expect(html).toMatch(/p1（中） → 产业（服务）：观察于 2019，已 \d+ 个月，可能过时/);
    const en = await (await fetch(`${fx.baseUrl}/api/briefings/view?scope=industry&industries=ind&lang=en`)).text();
    expect(en).toContain('Of the 7 facts this briefing rests on, 2 may be stale');
    expect(en).toContain('serves: 1 (threshold 24 months)');
  });

  it('reports the thresholds in force', async () => {
    const { status, body } = await getJson(fx.baseUrl, '/api/freshness/config');
    expect(status).toBe(200);
    const view = FreshnessConfigView.parse(body);
    expect(view.config.labels.Enterprise).toBe(18);
    expect(view.source).toMatch(/freshness\.config\.json$/);
    expect(view.at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('a bad threshold file', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'innochain-freshness-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('stops the start with every problem named by field, in English and Chinese', () => {
    const file = path.join(work, 'bad-freshness.json');
    writeFileSync(file, JSON.stringify({ defaultMonths: 0, labels: { Enterprize: 18, Platform: 'soon' } }));
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/main.ts')], {
      cwd: ROOT,
      env: { ...process.env, INNOCHAIN_FRESHNESS_CONFIG: file, NEO4J_URI: 'bolt://127.0.0.1:1', PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bad-freshness.json');
    expect(run.stderr).toMatch(/数据时效配置无效/);
    expect(run.stderr).toMatch(/^ {2}defaultMonths: .* \/ 应不小于 1$/m);
    expect(run.stderr).toMatch(/^ {2}labels\.Platform: /m);
    expect(run.stderr).toMatch(/^ {2}labels: .*"Enterprize" \/ .*Enterprize$/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).not.toMatch(/starting embedded|connecting to Neo4j/);
  });
});

/*
 * Ages from the last change, and stale marks as of a moment. The history store is said to have begun on
 * 2025-01-01 so a moment before today can be read. Lead firm `lead` of industry `ind2` was observed
 * 2024-06-01: stale today (Enterprise, 18 months), fresh on 2025-06-30 (12 months). The LOCATED_IN of
 * `u-old` has no observedAt and a revision of 2020-01-10 (36 months: stale since 2023); `u-firm`, the
 * industry and two relationships have neither; an industry imported by the test gets a revision today.
 */
const HISTORY_GRAPH = `
MERGE (h:HistoryStart {id: 'history'}) SET h.atMs = $startMs
CREATE (nt:Entity:Region {id: 'nantong', kind: 'city', observedAt: '2026'})
CREATE (i:Entity:Industry {id: 'ind2', tier: 'emerging'})-[:KEY_INDUSTRY_OF]->(nt)
CREATE (lead:Entity:Enterprise {id: 'lead', observedAt: '2024-06-01'})-[:LEADS {observedAt: '2026'}]->(i)
CREATE (lead)-[:LOCATED_IN {observedAt: '2026'}]->(nt)
CREATE (:Entity:Enterprise {id: 'u-firm'})-[:LOCATED_IN {observedAt: '2026'}]->(nt)
CREATE (:Entity:Enterprise {id: 'u-old', observedAt: '2026'})-[:LOCATED_IN]->(nt)
CREATE (:Entity:Enterprise {id: 'u-none', observedAt: '2026'})-[:LOCATED_IN]->(nt)
CREATE (:Revision {entity: 'relationship', op: 'add', type: 'LOCATED_IN', fromId: 'u-old', toId: 'nantong', before: null, after: '{"props":{},"ints":[]}',
  changed: [], actor: 'test', via: 'import', atMs: $oldMs, seq: 0})
WITH 1 AS made
MATCH (n:Entity)
SET n.nameZh = n.id + '（中）', n.nameEn = n.id, n.sourceKind = 'public', n.sourceRef = 'a page', n.sourceUrl = 'https://example.org/a'
WITH count(*) AS named
MATCH ()-[r]->() SET r.sourceKind = 'public', r.sourceRef = 'a page'`;

describe('ages from the last recorded change, and stale marks as of a moment', () => {
  const hx = seededTestServer({
    prepare: async (db) => {
      await db.write((tx) => tx.run(HISTORY_GRAPH, { startMs: Date.parse('2025-01-01T00:00:00Z'), oldMs: Date.parse('2020-01-10T12:00:00Z') }));
    },
  });
  const today = (): string => new Date().toISOString().slice(0, 10);
  const view = async (query = ''): Promise<FreshnessView> => {
    const { status, body } = await getJson(hx.baseUrl, `/api/freshness?at=${today()}${query}`);
    expect(status, JSON.stringify(body)).toBe(200);
    return FreshnessView.parse(body);
  };
  const leadStale = async (asOf?: string): Promise<boolean | undefined> => {
    const { status, body } = await getJson(hx.baseUrl, `/api/gaps/matrix${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`);
    expect(status, JSON.stringify(body)).toBe(200);
    const row = GapMatrix.parse(body).rows.find((r) => r.industry.id === 'ind2');
    const holder = row?.cells.leadFirm?.holders.find((h) => h.id === 'lead');
    expect(holder, JSON.stringify(row)).toBeDefined();
    return holder?.stale ?? false;
  };

  it('ages a fact without observedAt from its last recorded change, says so, and keeps facts with neither undated', async () => {
    const first = await view();
    const rel = first.stalest.items.find((f) => f.kind === 'relationship' && f.node.id === 'u-old');
    expect(rel).toMatchObject({ basis: 'changed', changedAt: '2020-01-10', observedAt: null, thresholdMonths: 36 });
    expect(first.stalest.items.filter((f) => f.basis === 'observed').map((f) => f.node.id)).toEqual(['lead']);
    const undatedBefore = first.undated.items.map((f) => `${f.node.id}>${f.to?.id ?? ''}`).sort();
    expect(undatedBefore).toEqual(['ind2>', 'ind2>nantong', 'u-firm>', 'u-none>nantong'].sort());
    expect(first.undated.items.every((f) => f.basis === null && f.changedAt === null)).toBe(true);
    const located = first.byLabel.find((l) => l.kind === 'relationship' && l.label === 'LOCATED_IN');
    expect(located).toMatchObject({ facts: 4, dated: 3, byChange: 1, stale: 1, undated: 1, oldest: '2020-01-10', oldestBasis: 'changed' });

    // A spreadsheet import records a revision and sets no observedAt (an edit would stamp one): the new
    // industry's age counts from today.
    const editor = await hx.login('editor');
    const file = 'id,nameZh,nameEn,tier\nimp-ind,导入产业,Imported industry,emerging\n';
    const imported = await editor.request('POST', '/api/import/files/Industry?wait=true&fileName=industries.csv', { body: file, headers: { 'content-type': 'text/csv' } });
    expect(imported.status, imported.text).toBe(200);
    const after = await view();
    expect(after.undated.items.map((f) => f.node.id)).not.toContain('imp-ind');
    expect([after.total.facts, after.total.undated, after.total.byChange]).toEqual([first.total.facts + 1, first.total.undated, first.total.byChange + 1]);
    expect(after.byLabel.find((l) => l.kind === 'node' && l.label === 'Industry')).toMatchObject({ facts: 2, dated: 1, byChange: 1, undated: 1 });
    // Counted to a day six years on (industries: 60 months), it is stale by its last change, and listed as such.
    const later = await getJson(hx.baseUrl, `/api/freshness?at=${Number(today().slice(0, 4)) + 6}${today().slice(4)}`);
    const listed = FreshnessView.parse(later.body).stalest.items.find((f) => f.kind === 'node' && f.node.id === 'imp-ind');
    expect(listed).toMatchObject({ basis: 'changed', changedAt: today(), observedAt: null, ageMonths: 72 });

    const csv = await (await fetch(`${hx.baseUrl}/api/freshness?at=${today()}&format=csv&list=stale&lang=en`)).text();
    expect(csv).toContain('Last changed,Age from');
    expect(csv).toMatch(/u-old,nantong,.*2020-01-10,last change,/);
  });

  it('judges the matrix’s stale marks at the moment asked for, on the graph as recorded then', async () => {
    // Today the lead firm (observed 2024-06-01) is past its 18 months; on 2025-06-30 it was not.
    expect(await leadStale()).toBe(true);
    expect(await leadStale('2025-06-30')).toBe(false);

    // Renewed through the API: fresh now, but as recorded just before the renewal, still stale.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const beforeEdit = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const editor = await hx.login('editor');
    const node = await editor.get<{ version: number }>('/api/edit/nodes/lead');
    const patched = await editor.request('PATCH', '/api/edit/nodes/lead', { json: { version: node.body.version, changes: { observedAt: today() } } });
    expect(patched.status, patched.text).toBe(200);
    expect(await leadStale()).toBe(false);
    expect(await leadStale(beforeEdit)).toBe(true);
    expect(await leadStale('2025-06-30')).toBe(false);
  });
});
