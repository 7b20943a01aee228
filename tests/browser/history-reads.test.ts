// The explorer's reads that follow ?asOf= (issue 18 §2): after a firm is renamed and a measurement added
// through the API, the overview as of before them lists the targets without the measurement, the header
// search finds the old name (and says which record it searches), and a question's table shows the old
// name under the 查看日期 banner. Screenshot history-reads-search.zh.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { TargetProgressList } from '../../graph/model';
import { loginAs } from '../helpers/auth';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';
import { hanRuns } from '../helpers/languages';

const LOAD = { timeout: 30_000 };
const NEW_NAME = '浏览器历史读取新名企业';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeInBrowser('reads as of a date in the explorer', () => {
  const fx = useBrowserFixture({ datasets: ['nantong', 'demo'] });
  let page: Page;
  let firm = { id: '', name: '', industry: '' };
  let target = { id: '', year: 0 };
  let beforeEdit = '';

  beforeAll(async () => {
    const editor = await loginAs(fx.server.baseUrl, fx.db, 'editor');
    firm = await fx.db.read(async (tx) =>
      z.object({ id: z.string(), name: z.string(), industry: z.string() }).parse(
        (
          await tx.run(
            `MATCH (e:Enterprise)-[:COVERS]->(:ChainLink)<-[:HAS_LINK]-(i:Industry)
             RETURN e.id AS id, e.nameZh AS name, i.id AS industry ORDER BY e.id LIMIT 1`,
          )
        ).records[0]?.toObject(),
      ),
    );
    const progress = TargetProgressList.parse((await editor.get('/api/targets/progress')).body);
    // A target not measured yet: the new measurement, in its year, becomes the latest the table shows.
    const judged = progress.items.find((i) => i.status === 'no-data' && i.indicator !== null);
    if (!judged?.indicator) throw new Error('the seeded targets need one with an indicator and no measurement');
    target = { id: judged.target.id, year: judged.target.year };
    await pause(20);
    beforeEdit = new Date().toISOString();
    await pause(20);
    const node = await editor.get<{ version: number }>(`/api/edit/nodes/${firm.id}`);
    const renamed = await editor.request('PATCH', `/api/edit/nodes/${firm.id}`, { json: { version: node.body.version, changes: { nameZh: NEW_NAME } } });
    expect(renamed.status, renamed.text).toBe(200);
    const created = await editor.post('/api/edit/nodes', {
      label: 'Measurement',
      properties: { id: 'm-browser-history', nameZh: '浏览器监测值', nameEn: 'Browser measurement', indicatorId: judged.indicator.id, year: target.year, value: 1 },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    page = await fx.open(`/?asOf=${encodeURIComponent(beforeEdit)}`);
  });
  afterAll(async () => {
    await page.close();
  });

  it('lists the targets as they were, and searches the names recorded then', async () => {
    const row = page.getByTestId(`target-row-${target.id}`);
    // The overview's three as-of reads (matrix, totals, targets) each take the graph back, one after
    // another on the same facts' locks: slower than now on a busy machine.
    await row.waitFor({ timeout: 90_000 });
    expect(await row.innerText()).not.toContain(`(${target.year})`);

    const input = page.getByTestId('search-input');
    await input.fill(firm.name);
    const hit = page.locator('[role=option]', { hasText: firm.name });
    await hit.first().waitFor(LOAD);
    expect(await page.getByTestId('search-as-of').innerText()).toMatch(/^按 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 的记录检索/);
    await page.screenshot({ path: artifactPath('history-reads-search.zh.png') });
    await input.fill(NEW_NAME);
    await page.locator('.search-note', { hasText: '没有匹配结果' }).waitFor(LOAD);
    expect(await page.locator('[role=option]', { hasText: NEW_NAME }).count()).toBe(0);

    // Now, the new name and the new measurement.
    await page.getByTestId('as-of-clear').click();
    await expect.poll(() => row.innerText(), LOAD).toContain(`(${target.year})`);
  });

  it('answers a question as of the date, under the banner, in either language', async () => {
    const path = `/questions/link-organisations-with-sources?industry=${firm.industry}&asOf=${encodeURIComponent(beforeEdit)}`;
    await page.goto(`${fx.server.baseUrl}${path}`);
    await page.getByTestId('as-of-banner').waitFor(LOAD);
    const table = page.getByTestId('question-table');
    await table.waitFor(LOAD);
    expect(await table.innerText()).toContain(firm.name);
    expect(await table.innerText()).not.toContain(NEW_NAME);
    const csv = await page.getByTestId('download-csv').getAttribute('href');
    expect(new URL(csv ?? '', fx.server.baseUrl).searchParams.get('asOf')).toBe(beforeEdit);

    await page.goto(`${fx.server.baseUrl}${path}&lang=en`);
    const banner = page.getByTestId('as-of-banner');
    await banner.waitFor(LOAD);
    expect(hanRuns(await banner.innerText())).toEqual([]);
  });
});
