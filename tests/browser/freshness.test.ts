// Freshness in Chromium on a small hand-built graph: the /freshness page lists what GET /api/freshness
// says (totals, the stale facts to renew, the undated ones, downloads), in Chinese and in English with no
// Han; the header links to it; the overview matrix marks a cell whose holder is stale; the detail panel marks a stale firm in words and a shape, with when it was
// observed, its age and the threshold, and says so when a firm has no date. Screenshots at 1440 and 390.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FreshnessView } from '../../graph/model/freshness';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';
import { hanRuns, latinPhrases } from '../helpers/languages';
import { getJson } from '../helpers/server';

const LOAD = { timeout: 30_000 };
/** Observed today (UTC): fresh under any threshold of a month or more. */
const TODAY = new Date().toISOString().slice(0, 10);

const GRAPH = `
CREATE (nt:Entity:Region {id: 'nantong', kind: 'city', nameZh: '南通市', nameEn: 'Nantong', sourceKind: 'document', sourceRef: '三(三)'})
CREATE (:Entity:Enterprise {id: 'old-firm', nameZh: '老资料船舶公司', nameEn: 'Old Record Shipyard', sourceKind: 'public',
  sourceRef: 'a news page', sourceUrl: 'https://example.org/old', observedAt: '2012-08-28', dataset: 'ds-a'})-[:LOCATED_IN]->(nt)
CREATE (:Entity:Enterprise {id: 'new-firm', nameZh: '新资料纺织公司', nameEn: 'New Record Textiles', sourceKind: 'public',
  sourceRef: 'a company site', observedAt: $today, dataset: 'ds-a'})-[:LOCATED_IN]->(nt)
CREATE (:Entity:Enterprise {id: 'undated-firm', nameZh: '无日期电子公司', nameEn: 'Undated Electronics', sourceKind: 'domain',
  sourceRef: 'domain knowledge'})-[:LOCATED_IN]->(nt)
CREATE (i:Entity:Industry {id: 'shipbuilding', tier: 'traditional', nameZh: '船舶海工', nameEn: 'Shipbuilding', sourceKind: 'document', sourceRef: '三(一)'})
CREATE (i)-[:KEY_INDUSTRY_OF]->(nt)
WITH i
MATCH (old:Enterprise {id: 'old-firm'}) CREATE (old)-[:LEADS]->(i)
WITH i
MATCH ()-[r:LOCATED_IN|KEY_INDUSTRY_OF|LEADS]->() SET r.sourceKind = 'document', r.sourceRef = '三(三)'
WITH count(*) AS stamped
MATCH (:Enterprise {id: 'old-firm'})-[r:LOCATED_IN]->() SET r.observedAt = '2015'`;

describeInBrowser('freshness in Chromium', () => {
  const fx = useBrowserFixture({
    prepare: async (db) => {
      await db.write((tx) => tx.run(GRAPH, { today: TODAY }));
    },
  });
  let page: Page;
  let api: FreshnessView;

  beforeAll(async () => {
    const answer = await getJson(fx.server.baseUrl, '/api/freshness');
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    api = FreshnessView.parse(answer.body);
    page = await fx.open('/freshness');
  });
  afterAll(async () => {
    await page.close();
  });

  it('lists what the API says, in Chinese: totals, the stale firm to renew, the undated facts, downloads', async () => {
    await page.getByTestId('freshness-stale').waitFor(LOAD);
    expect(await page.locator('h1').innerText()).toBe('数据时效');
    expect(await page.getByTestId('freshness-totals').innerText()).toBe(
      `共 ${api.total.facts} 条事实：${api.total.stale} 条可能过时，${api.total.undated} 条无日期。`,
    );
    const staleIds = await page.getByTestId('freshness-stale').getByTestId('freshness-fact').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    expect(staleIds).toEqual(api.stalest.items.map((f) => f.node.id));
    expect(staleIds).toContain('old-firm');
    const row = page.getByTestId('freshness-stale').getByTestId('freshness-fact').first();
    expect(await row.innerText()).toMatch(/老资料船舶公司[\s\S]*企业[\s\S]*可能过时[\s\S]*2012-08-28[\s\S]*18 个月/);
    // The date's basis: observed (this graph records no history, so no age counts from a change).
    expect(await row.getByTestId('fact-basis').getAttribute('data-basis')).toBe('observed');
    expect(await row.getByTestId('fact-basis').innerText()).toBe('2012-08-28 观察');
    expect(await page.getByTestId('freshness-undated').getByTestId('freshness-fact').count()).toBe(Math.min(api.undated.total, api.limit));
    expect(await page.getByTestId('download-stale-csv').getAttribute('href')).toBe('/api/freshness?format=csv&list=stale&lang=zh');
    expect(await page.getByTestId('freshness-scope').innerText()).toContain('范围：全图');
    expect(latinPhrases(await page.locator('main').innerText())).toEqual([]);
    await page.screenshot({ path: artifactPath('freshness.zh.1440.png'), fullPage: true });
  });

  it('is linked from the header', async () => {
    expect(await page.getByTestId('app-header').locator('a[href^="/freshness"]').count()).toBeGreaterThan(0);
  });

  it('reads in English with no Han on screen', async () => {
    const en = await fx.open('/freshness?lang=en');
    await en.getByTestId('freshness-stale').waitFor(LOAD);
    expect(await en.locator('h1').innerText()).toBe('Data freshness');
    expect(await en.getByTestId('freshness-totals').innerText()).toBe(`${api.total.facts} facts: ${api.total.stale} may be stale, ${api.total.undated} undated.`);
    expect(await en.getByTestId('freshness-stale').getByTestId('fact-basis').first().innerText()).toBe('2012-08-28 observed');
    // The page, not the header: its language switch names 中文 on purpose.
    expect(hanRuns(await en.locator('main').innerText())).toEqual([]);
    await en.setViewportSize({ width: 390, height: 844 });
    await en.screenshot({ path: artifactPath('freshness.en.390.png'), fullPage: true });
    await en.close();
  });

  it('marks a stale firm in the detail panel with a shape and words, observed when, how old and the threshold', async () => {
    const detail = await fx.open('/nodes/old-firm');
    const mark = detail.getByTestId('stale-mark');
    await mark.waitFor(LOAD);
    expect(await mark.getAttribute('data-state')).toBe('stale');
    const text = await mark.innerText();
    expect(text).toMatch(/^⚠ 可能过时 观察于 2012-08-28，已 \d+ 个月，超过企业的阈值 18 个月$/);
    const months = Number(/已 (\d+) 个月/.exec(text)?.[1]);
    expect(months).toBeGreaterThan(18);
    // Its LOCATED_IN, observed 2015, is past the 36 months of its type: marked beside the neighbour.
    const edge = detail.getByTestId('detail').locator('li', { hasText: '南通市' }).getByTestId('edge-stale');
    expect(await edge.innerText()).toBe('⚠ 可能过时');
    expect(await edge.getAttribute('title')).toMatch(/^观察于 2015，已 \d+ 个月（阈值 36 个月）$/);
    await detail.getByTestId('detail').screenshot({ path: artifactPath('freshness-detail.zh.png') });
    await detail.close();

    const en = await fx.open('/nodes/old-firm?lang=en');
    await en.getByTestId('stale-mark').waitFor(LOAD);
    expect(await en.getByTestId('stale-mark').innerText()).toBe(
      `⚠ May be stale observed 2012-08-28, ${months} months ago, past the threshold of 18 months for Enterprise`,
    );
    await en.close();
  });

  it('marks the overview matrix cell whose lead firm may be stale, in words and a shape', async () => {
    const overview = await fx.open('/');
    const row = overview.getByTestId('matrix').locator('tr', { hasText: '船舶海工' });
    const mark = row.getByTestId('cell-stale');
    await mark.waitFor(LOAD);
    expect(await mark.count()).toBe(1);
    // The words on screen; the holder's name for screen readers (visually hidden) and on hover.
    expect(await mark.innerText()).toMatch(/^⚠ 可能过时/);
    expect(await mark.textContent()).toBe('⚠ 可能过时（老资料船舶公司）');
    expect(await mark.getAttribute('title')).toBe('老资料船舶公司：含可能过时的事实');
    await overview.getByTestId('matrix').screenshot({ path: artifactPath('freshness-matrix.zh.png') });
    await overview.close();
  });

  it('says a fresh firm is within its threshold and an undated one has no date, never fresh', async () => {
    const fresh = await fx.open('/nodes/new-firm');
    await fresh.getByTestId('stale-mark').waitFor(LOAD);
    expect(await fresh.getByTestId('stale-mark').getAttribute('data-state')).toBe('fresh');
    expect(await fresh.getByTestId('stale-mark').innerText()).toBe(`观察于 ${TODAY}，已 0 个月（阈值 18 个月）`);
    await fresh.close();
    const undated = await fx.open('/nodes/undated-firm');
    await undated.getByTestId('stale-mark').waitFor(LOAD);
    expect(await undated.getByTestId('stale-mark').getAttribute('data-state')).toBe('undated');
    expect(await undated.getByTestId('stale-mark').innerText()).toContain('无观察日期，时效未知');
    await undated.close();
  });
});
