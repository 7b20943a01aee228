// The analyst question tables in Chromium on nantong + demo: sorting by a header (mouse and keyboard,
// severity by its rank), filters above the table, the view kept in the URL across a reload and passed
// to the downloads, names instead of ids, and a row linking to its chain. Screenshots at 1440×900.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { QuestionResult, SEVERITY_RANK, type Severity } from '../../graph/model';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';
import { getJson } from '../helpers/server';

const LOAD = { timeout: 30_000 };
/** A chain lays out its graph before it says it has rendered; a busy shared machine needs longer. */
const CHAIN_LOAD = { timeout: 90_000 };
const SCREEN = { width: 1440, height: 900 };

describeInBrowser('analyst question tables in Chromium', () => {
  const fx = useBrowserFixture({ datasets: ['nantong', 'demo'], viewport: SCREEN });

  async function table(page: Page): Promise<void> {
    await page.getByTestId('question-table').waitFor(LOAD);
  }
  const header = (page: Page, key: string) => page.locator(`th[data-key="${key}"]`);
  async function severityRanks(page: Page): Promise<number[]> {
    const values = await page.locator('td[data-severity]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-severity')));
    return values.map((v) => SEVERITY_RANK[v as Severity]);
  }
  const isSorted = (values: readonly number[], sign: 1 | -1) => values.every((v, i) => i === 0 || sign * (v - values[i - 1]!) >= 0);

  it('sorts by a header with the mouse and the keyboard, severity by its rank, and keeps the sort in the URL', async () => {
    const page = await fx.open('/questions/gaps-by-rule');
    await table(page);
    expect(await header(page, 'severity').getAttribute('aria-sort')).toBe('none');

    await header(page, 'severity').getByRole('button').click();
    expect(await header(page, 'severity').getAttribute('aria-sort')).toBe('ascending');
    const ascending = await severityRanks(page);
    expect(isSorted(ascending, 1)).toBe(true);
    expect(ascending[0]).toBe(1);
    await header(page, 'severity').getByRole('button').click();
    expect(await header(page, 'severity').getAttribute('aria-sort')).toBe('descending');
    const descending = await severityRanks(page);
    expect(isSorted(descending, -1)).toBe(true);
    expect(descending[0]).toBe(3);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('severity');
    expect(new URL(page.url()).searchParams.get('order')).toBe('desc');

    // Enter, then Space, on the rule header; the other header is no longer sorted.
    await header(page, 'rule').getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await header(page, 'rule').getAttribute('aria-sort')).toBe('ascending');
    expect(await header(page, 'severity').getAttribute('aria-sort')).toBe('none');
    const ruleColumn = (await page.locator('thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-key')))).indexOf('rule') + 1;
    const rules = await page.locator(`tbody tr td:nth-child(${ruleColumn})`).allInnerTexts();
    expect(rules).toEqual([...rules].sort(new Intl.Collator('zh-Hans-CN-u-co-pinyin', { numeric: true }).compare));
    await page.keyboard.press('Space');
    expect(await header(page, 'rule').getAttribute('aria-sort')).toBe('descending');
    await page.close();
  });

  it('filters by severity, industry and rule, keeps the view across a reload and gives it to the downloads', async () => {
    const page = await fx.open('/questions/gaps-by-rule?sort=severity&order=desc');
    await table(page);
    await page.getByTestId('filter-industry').selectOption('high-end-textiles');
    await page.getByTestId('filter-severity').selectOption('high');
    const api = QuestionResult.parse(
      (await getJson(fx.server.baseUrl, '/api/questions/gaps-by-rule?industry=high-end-textiles&severity=high')).body,
    );
    expect(api.total).toBeGreaterThan(0);
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(api.total);
    expect(new Set(await page.locator('td[data-severity]').evaluateAll((c) => c.map((e) => e.getAttribute('data-severity'))))).toEqual(
      new Set(['high']),
    );
    const csv = new URL((await page.getByTestId('download-csv').getAttribute('href')) ?? '', fx.server.baseUrl);
    expect(Object.fromEntries(csv.searchParams)).toMatchObject({ industry: 'high-end-textiles', severity: 'high', sort: 'severity', order: 'desc', format: 'csv' });
    const file = await fetch(csv);
    expect(file.status).toBe(200);
    expect((await file.text()).trim().split('\n')).toHaveLength(api.total + 1);

    await page.reload();
    await table(page);
    expect(await page.getByTestId('filter-industry').inputValue()).toBe('high-end-textiles');
    expect(await page.getByTestId('filter-severity').inputValue()).toBe('high');
    expect(await header(page, 'severity').getAttribute('aria-sort')).toBe('descending');
    expect(await rows.count()).toBe(api.total);

    // A rule the industry has; then clearing every filter brings all rows back.
    const rule = api.refs[0]!.rule!;
    await page.getByTestId('filter-rule').selectOption(rule);
    expect(await rows.count()).toBe(api.refs.filter((r) => r.rule === rule).length);
    expect(new URL(page.url()).searchParams.get('rule')).toBe(rule);
    await page.getByTestId('filter-clear').click();
    const all = QuestionResult.parse((await getJson(fx.server.baseUrl, '/api/questions/gaps-by-rule')).body);
    expect(await rows.count()).toBe(all.total);
    await page.close();
  });

  it('shows names, not ids, and each row links to its chain (a real link)', async () => {
    const page = await fx.open('/questions/links-without-local-firm?industry=high-end-textiles');
    await table(page);
    const api = QuestionResult.parse((await getJson(fx.server.baseUrl, '/api/questions/links-without-local-firm')).body);
    const text = await page.getByTestId('question-table').innerText();
    for (const [i, row] of api.rows.entries()) {
      expect(text).not.toContain(String(row.gapId));
      if (api.refs[i]?.industry?.id === 'high-end-textiles') expect(text).toContain(String(row.link));
    }
    expect(text).not.toContain('high-end-textiles');
    expect(await page.locator('th[data-key="gapId"], th[data-key="severityRank"]').count()).toBe(0);

    const fibre = page.locator('tr[data-row-ref="textiles-fibre"] a.row-link');
    expect(await fibre.getAttribute('href')).toBe('/industries/high-end-textiles?node=textiles-fibre');
    await fibre.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/industries\/high-end-textiles\?node=textiles-fibre/, LOAD);
    await page.waitForSelector('[data-testid=graph][data-rendered=true]', CHAIN_LOAD);
    await page.close();

    // A county has no industry: its row opens the county's own page.
    const counties = await fx.open('/questions/counties-without-co-built-park?lang=en');
    await table(counties);
    const href = await counties.locator('a.row-link').first().getAttribute('href');
    expect(href).toMatch(/^\/nodes\/[^?]+\?lang=en$/);
    await counties.close();
  }, 180_000);

  it('screenshots in Chinese and English at 1440×900', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const query = `industry=high-end-textiles&sort=severity&order=desc${lang === 'en' ? '&lang=en' : ''}`;
      const page = await fx.open(`/questions/gaps-by-rule?${query}`);
      await table(page);
      const sorted = await page.locator('th[aria-sort="descending"]').innerText();
      expect(sorted).toContain(lang === 'zh' ? '严重程度' : 'Severity');
      await page.screenshot({ path: artifactPath(`questions-table-${lang}.png`) });
      await page.close();
    }
  });
});
