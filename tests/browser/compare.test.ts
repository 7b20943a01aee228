// The comparison page (/compare) in Chromium on nantong + nantong-public (real firms of Nantong and its
// peers), Nantong against four peer cities in biomedicine, on one shared page opened once from a
// bookmark: the table and charts say what GET /api/compare says, in Chinese; removing a region (by
// keyboard) changes the URL and Back restores it; English with no Han; a bad region id shows the API's
// error in words. Screenshots at 1440×900, 1280×720 and 390×844. (The no-industry matrix is not loaded
// here: its answer took ~50 s cold on a busy machine, too dear for CI's budget.)
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CompareResponse } from '../../graph/model/compare';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';
import { hanRuns, latinPhrases } from '../helpers/languages';
import { getJson } from '../helpers/server';

const LOAD = { timeout: 30_000 };
/** The first comparison also warms the gap engine for each region; a busy shared machine needs longer. */
const FIRST_LOAD = { timeout: 90_000 };
const REGIONS = ['nantong', 'suzhou', 'wuxi', 'changzhou', 'nanjing'];
const INDUSTRY = 'biomedicine';
const BOOKMARK = `/compare?regions=${REGIONS.join(',')}&industry=${INDUSTRY}`;

describeInBrowser('comparison page in Chromium', () => {
  const fx = useBrowserFixture({ datasets: ['nantong', 'nantong-public'], viewport: { width: 1440, height: 900 } });
  let page: Page;
  let api: CompareResponse;

  beforeAll(async () => {
    // Asked first, alone: the page then reads the answer warm rather than competing for it cold.
    const answer = await getJson(fx.server.baseUrl, `/api${BOOKMARK}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    api = CompareResponse.parse(answer.body);
    page = await fx.open(BOOKMARK);
  });
  afterAll(async () => {
    await page.close();
  });

  const text = () => page.locator('.compare-page').innerText();
  const rowIds = () => page.getByTestId('compare-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-region')));

  it('opens from a bookmark: pickers, table, LQ chart and link coverage as the API answers, in Chinese', async () => {
    await page.getByTestId('compare-table').waitFor(FIRST_LOAD);
    expect(await page.locator('h1').innerText()).toBe('地区对比');
    expect(await page.getByTestId('compare-industry').inputValue()).toBe(INDUSTRY);
    expect(await page.getByTestId('compare-chips').locator('li').count()).toBe(REGIONS.length);
    expect(await rowIds()).toEqual(api.regions.map((row) => row.region.id));

    // Real firms put Nantong and at least three peers above the size floor, so the rated path is the one shown.
    const rated = api.regions.filter((row) => row.cells.some((cell) => cell.industry.id === INDUSTRY && cell.specialisation.kind === 'rated'));
    expect(rated.length).toBeGreaterThanOrEqual(4);
    // Each row's LQ is the API's to two decimals, or the words for "too small"; rated rows carry stars as marks and words.
    for (const [i, row] of api.regions.entries()) {
      const rating = row.cells.find((cell) => cell.industry.id === INDUSTRY)?.specialisation;
      const lq = await page.getByTestId('compare-lq').nth(i).innerText();
      const stars = await page.getByTestId('compare-stars').nth(i).innerText();
      if (rating?.kind === 'rated') {
        expect(lq).toBe(rating.lq.toFixed(2));
        expect(stars).toMatch(/^[★☆]{3} /);
        if (rating.stars.specialisation) expect(stars).toContain('专业化');
      } else {
        expect(lq).toContain('规模过小，不予评级');
        expect(stars).toBe('');
      }
    }

    // The LQ chart: a canvas inside an element named by the chart's title; its numbers also as a table.
    const chart = page.getByTestId('compare-lq-chart');
    await chart.locator('canvas').first().waitFor(LOAD);
    const named = chart.locator('[role=img]');
    const titleId = await named.getAttribute('aria-labelledby');
    expect(await page.locator(`[id="${titleId}"]`).innerText()).toContain('区位熵');
    expect(await chart.locator('details tbody tr').count()).toBe(api.regions.length);
    if (api.growth.available) await page.getByTestId('compare-quadrant').locator('canvas').first().waitFor(LOAD);
    else expect(await page.getByTestId('compare-one-year').innerText()).toContain('只有一年的数据');

    const links = new Set(api.regions.flatMap((row) => row.cells.flatMap((cell) => cell.coverage?.perLink.map((entry) => entry.link.id) ?? [])));
    expect(await page.locator('[data-testid=compare-links] tbody tr').count()).toBe(links.size);
    expect(await page.getByTestId('compare-notes').innerText()).toContain(api.measureNote.zh);
    expect(latinPhrases(await text())).toEqual([]);
    await page.screenshot({ path: artifactPath('compare.zh.1440.png'), fullPage: true });
  });

  it('keeps the choice in the URL: a region removed by keyboard leaves it, Back brings it again', async () => {
    const remove = page.getByTestId('compare-chips').getByRole('button', { name: '移除 无锡市' });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('regions'), LOAD).toBe('nantong,suzhou,changzhou,nanjing');
    await expect.poll(rowIds, LOAD).toEqual(api.regions.map((row) => row.region.id).filter((id) => id !== 'wuxi'));
    await page.goBack();
    await expect.poll(rowIds, LOAD).toEqual(api.regions.map((row) => row.region.id));
    expect(new URL(page.url()).searchParams.get('industry')).toBe(INDUSTRY);

  });

  it('switches to English with no Han on screen, legible at 1280×720 and on a phone', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.locator('h1').innerText(), LOAD).toBe('Compare regions');
    await page.getByTestId('compare-lq-chart').locator('canvas').first().waitFor(LOAD);
    expect(hanRuns(await text())).toEqual([]);
    expect(new URL(page.url()).searchParams.get('regions')).toBe(REGIONS.join(','));
    await page.screenshot({ path: artifactPath('compare.en.1280.png') });
    await page.getByTestId('compare-charts').scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('compare-charts.en.1280.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    // The canvas follows its box on the next frame (ResizeObserver): poll, not read once.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), LOAD).toBeLessThanOrEqual(390);
    await page.screenshot({ path: artifactPath('compare.en.390.png'), fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('shows the API’s error in words for an unknown region', async () => {
    const bad = `/compare?regions=nantong,no-such-region&industry=${INDUSTRY}&lang=en`;
    const answer = await getJson(fx.server.baseUrl, `/api${bad.replace('&lang=en', '')}`);
    expect(answer.status).toBe(400);
    const message = (answer.body as { error: { message: string } }).error.message;
    // Within the app, as a link would: no page load.
    await page.evaluate((to) => {
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, bad);
    const error = page.locator('.compare-page .status-error');
    await error.waitFor(LOAD);
    expect(await error.innerText()).toContain(message);
    expect(await error.innerText()).toContain('no-such-region');
    await page.screenshot({ path: artifactPath('compare-error.en.1440.png') });
  });
});
