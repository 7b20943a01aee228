// The overview's targets over time in Chromium, on nantong + demo plus a three-year illustrative series
// for one indicator (written here, flagged illustrative): the bookmarked target's chart draws its
// measurements with the dashed, labelled target line and the trend; the status and its reason, the
// qualitative goals with their text and the rule read in Chinese, then in English with no Han.
import { expect, it } from 'vitest';
import { TargetProgressList } from '../../graph/model';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';
import { hanRuns, latinPhrases } from '../helpers/languages';
import { getJson } from '../helpers/server';

const LOAD = { timeout: 30_000 };
const TARGET = 'target-st-credit-institutions-2018';
// 10, 14, 17 in 2015–2017: least squares 3.5 a year, 20.67 in 2018 against "at least 20": on track.
const SERIES = [
  [2015, 10],
  [2016, 14],
  [2017, 17],
] as const;

describeInBrowser('targets over time in Chromium', () => {
  const fx = useBrowserFixture({
    datasets: ['nantong', 'demo'],
    viewport: { width: 1280, height: 900 },
    prepare: async (db) => {
      await db.write(async (tx) => {
        await tx.run(
          `MATCH (ind:Indicator {id: 'st-credit-institutions'})
           UNWIND $series AS m
           CREATE (:Entity:Measurement {id: 'test-st-credit-institutions-' + m[0], nameZh: '测试监测值', nameEn: 'Test measurement',
             indicatorId: ind.id, year: m[0], value: m[1], sourceKind: 'illustrative', sourceRef: 'browser test'})
             -[:MEASURES {sourceKind: 'illustrative', sourceRef: 'browser test'}]->(ind)`,
          { series: SERIES.map(([year, value]) => [year, value]) },
        );
      });
    },
  });

  it('draws the bookmarked target with its target line, status and reason, and lists the qualitative goals, in Chinese', async () => {
    const api = TargetProgressList.parse((await getJson(fx.server.baseUrl, '/api/targets/progress')).body);
    const item = api.items.find((i) => i.target.id === TARGET);
    expect(item?.status).toBe('on-track');
    const page = await fx.open(`/?target=${TARGET}`);
    const section = page.getByTestId('targets');
    await section.locator('table.targets-table').waitFor(LOAD);
    const row = page.getByTestId(`target-row-${TARGET}`);
    expect(await row.innerText()).toContain('进度正常');
    expect(await row.innerText()).toContain('可以达到');
    const chart = page.getByTestId('target-chart');
    await chart.locator('canvas').first().waitFor(LOAD);
    expect(await chart.locator('h3').innerText()).toContain(item?.indicator?.nameZh ?? '?');
    expect(await chart.locator('details tbody tr').count()).toBe(SERIES.length);
    expect(await chart.innerText()).toContain('虚线为目标值');
    const qualitative = page.getByTestId('qualitative-targets');
    expect(await qualitative.locator('li').count()).toBe(api.counts.qualitative);
    expect(await qualitative.innerText()).toContain('特色产业的科技创新体系基本形成');
    expect(await page.getByTestId('target-count-qualitative').innerText()).toContain(`定性目标 ${api.counts.qualitative}`);
    await page.getByTestId('target-rule').locator('summary').click();
    expect(await page.getByTestId('target-rule').innerText()).toContain('最小二乘');
    expect(latinPhrases(await section.innerText())).toEqual([]);
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: artifactPath('targets-chart.zh.png') });
    await section.screenshot({ path: artifactPath('targets.zh.png') });

    // Closing the chart takes ?target= out of the address; another row's button puts its id in.
    await row.getByRole('button', { name: '关闭图表' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('target'), LOAD).toBeNull();
    expect(await page.getByTestId('target-chart').count()).toBe(0);
    await page.getByTestId('target-row-target-rd-intensity-2018').getByRole('button', { name: '图表' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('target'), LOAD).toBe('target-rd-intensity-2018');
    await page.getByTestId('target-chart').locator('canvas').first().waitFor(LOAD);
    await page.close();
  });

  it("shows a target's status, reason and chart in its detail panel, and a qualitative goal's wording", async () => {
    const page = await fx.open(`/nodes/${TARGET}`);
    const panel = page.getByTestId('detail-targets');
    await panel.waitFor(LOAD);
    expect(await panel.innerText()).toContain('进度正常');
    const chart = page.getByTestId('target-chart-compact');
    await chart.locator('canvas').first().waitFor(LOAD);
    await chart.screenshot({ path: artifactPath('targets-detail-chart.zh.png') });
    await page.goto(`${fx.server.baseUrl}/nodes/target-2020-innovation-system-formed`);
    await expect.poll(() => panel.innerText(), LOAD).toContain('定性目标');
    expect(await panel.innerText()).toContain('特色产业的科技创新体系基本形成');
    await page.close();
  });

  it('reads in English only with ?lang=en', async () => {
    const page = await fx.open(`/?target=${TARGET}&lang=en`);
    const section = page.getByTestId('targets');
    await section.locator('table.targets-table').waitFor(LOAD);
    const chart = page.getByTestId('target-chart');
    await chart.locator('canvas').first().waitFor(LOAD);
    expect(await page.getByTestId(`target-row-${TARGET}`).innerText()).toContain('On track');
    expect(await page.getByTestId('qualitative-targets').innerText()).toContain('The S&T innovation system of the distinctive industries is basically formed');
    await page.getByTestId('target-rule').locator('summary').click();
    const text = await section.innerText();
    expect(text).toContain('least-squares');
    expect(hanRuns(text)).toEqual([]);
    await chart.screenshot({ path: artifactPath('targets-chart.en.png') });
    await page.close();
  });
});
