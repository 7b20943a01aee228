// The Cypher console in Chromium against the real API: a read query's rows as a table and its graph,
// a CSV export, saved queries, and a CREATE refused with the reason shown — for analysts only.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../graph/model';
import { ApiClient, type TestUser } from '../helpers/auth';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';
import { cypherEditor, cypherText, fillCypher } from '../helpers/cypherEditor';

const LOAD = { timeout: 30_000 };
const READ = 'MATCH (i:Industry) WHERE i.tier = $tier RETURN i.id AS id, i.nameZh AS name ORDER BY id';
const CREATE = "CREATE (n:Industry {id: 'console-made', nameZh: '控制台', nameEn: 'Console'}) RETURN n";

describeInBrowser('console page', () => {
  const fx = useBrowserFixture({ datasets: ['nantong', 'demo'] });
  let analyst: TestUser;
  let viewer: TestUser;

  beforeAll(async () => {
    [analyst, viewer] = [await fx.user('analyst'), await fx.user('viewer')];
  });

  async function consoleAs(user: TestUser): Promise<Page> {
    return fx.open('/console', { as: user, acceptDownloads: true });
  }

  async function run(page: Page, cypher: string, params = ''): Promise<void> {
    await fillCypher(page, cypher);
    await page.getByTestId('console-params').fill(params);
    await (await cypherEditor(page)).press('Control+Enter');
  }

  it('runs a read query with parameters, shows its rows, and exports them as CSV', async () => {
    const expected = await fx.db.read((tx) => tx.run("MATCH (i:Industry) WHERE i.tier = 'emerging' RETURN i.id AS id ORDER BY id"));
    const ids = expected.records.map((r) => r.get('id') as string);
    expect(ids.length).toBeGreaterThan(0);

    const page = await consoleAs(analyst);
    await page.getByTestId('console-read-only').waitFor(LOAD);
    expect(await page.getByTestId('console-read-only').innerText()).toContain('只读');
    await run(page, READ, '{"tier": "emerging"}');
    const table = page.getByTestId('console-table');
    await table.waitFor(LOAD);
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['#', 'id', 'name']);
    expect(await table.locator('tbody tr td:nth-child(2)').allInnerTexts()).toEqual(ids);
    expect(await page.getByTestId('console-summary').innerText()).toContain(`${ids.length} 行`);
    // The query is kept in the URL.
    expect(new URL(page.url()).searchParams.get('q')).toBe(READ);
    await page.screenshot({ path: artifactPath('console-table.png') });

    const [csv] = await Promise.all([page.waitForEvent('download', LOAD), page.getByTestId('console-csv').click()]);
    const text = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('id,name');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(ids);
    await page.close();
  });

  it('draws the nodes and relationships a query returns as a graph', async () => {
    const cypher = "MATCH (i:Industry {id: 'high-end-textiles'})-[r:HAS_LINK]->(l:ChainLink) RETURN i, r, l";
    const expected = await fx.db.read((tx) => tx.run(cypher));
    const page = await consoleAs(analyst);
    await run(page, cypher);
    // A result with nodes opens on the graph.
    const graph = page.getByTestId('console-graph');
    await expect.poll(() => graph.getAttribute('data-node-count'), LOAD).toBe(String(expected.records.length + 1));
    expect(await graph.getAttribute('data-edge-count')).toBe(String(expected.records.length));
    expect(await page.getByTestId('view-graph').getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: artifactPath('console-graph.png') });
    await page.getByTestId('view-table').click();
    await page.getByTestId('console-table').waitFor(LOAD);
    expect(await page.locator('[data-testid=console-table] .cell-node').count()).toBe(expected.records.length * 2);
    await page.close();
  });

  it('refuses a CREATE and says why, writing nothing', async () => {
    // The server's own words for this query.
    const api = new ApiClient(fx.server.baseUrl);
    await api.login(analyst.username, analyst.password);
    const refusal = await api.post<ApiErrorBody>('/api/console/query', { cypher: CREATE });
    expect(refusal.status).toBe(400);
    expect(refusal.body.error.code).toBe('query_refused');

    const page = await consoleAs(analyst);
    await run(page, CREATE);
    const error = page.getByTestId('console-error');
    await error.waitFor(LOAD);
    expect(await error.getAttribute('data-code')).toBe('query_refused');
    const text = await error.innerText();
    expect(text).toContain('查询被拒绝');
    expect(text).toContain(refusal.body.error.messageZh);
    expect(text).toContain(refusal.body.error.message);
    await page.screenshot({ path: artifactPath('console-refused.png') });
    const made = await fx.db.read((tx) => tx.run("MATCH (n {id: 'console-made'}) RETURN count(n) AS n"));
    expect(made.records[0]?.get('n')).toBe(0);
    await page.close();
  });

  it('saves, loads and deletes a query', async () => {
    const page = await consoleAs(analyst);
    await fillCypher(page, READ);
    await page.getByTestId('console-params').fill('{"tier": "seed"}');
    await page.getByTestId('saved-name').fill('前沿种子产业');
    await page.getByTestId('saved-save').click();
    const list = page.getByTestId('saved-list');
    await list.waitFor(LOAD);
    expect(await list.innerText()).toContain('前沿种子产业');

    await fillCypher(page, 'RETURN 1 AS one');
    await page.getByTestId('console-params').fill('');
    await page.getByRole('button', { name: '载入: 前沿种子产业' }).click();
    expect(await cypherText(page)).toBe(READ);
    expect(JSON.parse(await page.getByTestId('console-params').inputValue())).toEqual({ tier: 'seed' });

    await page.getByRole('button', { name: '删除: 前沿种子产业' }).click();
    await page.getByTestId('saved-delete-confirm').click();
    await expect.poll(() => page.getByTestId('saved-list').count(), LOAD).toBe(0);
    await page.close();
  });

  it('speaks English when the interface is in English', async () => {
    const page = await fx.open('/console?lang=en', { as: analyst });
    await page.getByTestId('console-read-only').waitFor(LOAD);
    expect(await page.locator('h1').innerText()).toBe('Cypher console');
    expect(await page.getByTestId('console-read-only').innerText()).toContain('The console is read-only');
    expect(await page.getByTestId('nav-console').innerText()).toBe('Console');
    await run(page, CREATE);
    await page.getByTestId('console-error').waitFor(LOAD);
    expect(await page.getByTestId('console-error').innerText()).toMatch(/^Query refused\s+Query refused: /);
    await page.screenshot({ path: artifactPath('console-english.png') });
    await page.close();
  });

  it('is not offered to a viewer, and explains why when opened', async () => {
    const page = await consoleAs(viewer);
    expect(await page.getByTestId('nav-console').count()).toBe(0);
    await page.getByTestId('no-permission').waitFor(LOAD);
    expect(await page.getByTestId('no-permission').innerText()).toContain('分析人员');
    expect(await page.getByTestId('console-cypher').count()).toBe(0);
    await page.close();
  });
});
