// Briefings from the explorer in Chromium: Word and PDF downloads from the chain view under the
// server's file name, progress while the file is made, the server's reason on failure, and a
// briefing for the industries ticked in the overview matrix.
import { readFileSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { closeBriefingRenderer } from '../../server/briefings';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';

const LOAD = { timeout: 30_000 };
/** Building a PDF starts a headless Chromium on the server: allow for it. */
const FILE = { timeout: 90_000 };

describeInBrowser('briefings in the explorer', () => {
  const fx = useBrowserFixture({ datasets: ['nantong', 'demo'] });

  afterAll(async () => {
    await closeBriefingRenderer();
  });

  async function open(path: string): Promise<Page> {
    const page = await fx.open(path, { acceptDownloads: true });
    return page;
  }

  async function nameOf(id: string): Promise<string> {
    const result = await fx.db.read((tx) => tx.run('MATCH (i:Industry {id: $id}) RETURN i.nameZh AS name', { id }));
    return result.records[0]?.get('name') as string;
  }

  it('downloads a Word and a PDF briefing of the current industry, with progress while it is made', async () => {
    const page = await open('/industries/electronic-information');
    await page.waitForSelector('[data-testid=graph][data-rendered=true]', LOAD);
    const name = await nameOf('electronic-information');

    await page.getByTestId('briefing-open').click();
    expect(await page.getByTestId('briefing-view').getAttribute('href')).toBe('/api/briefings/view?scope=industry&industries=electronic-information&lang=zh');
    await page.screenshot({ path: artifactPath('briefing-menu.png') });
    const [docx] = await Promise.all([page.waitForEvent('download', FILE), page.getByTestId('briefing-docx').click()]);
    expect(docx.suggestedFilename()).toMatch(new RegExp(`^产业创新链简报-${name}-\\d{4}-\\d{2}-\\d{2}\\.docx$`));
    await docx.saveAs(artifactPath('briefing-chain.docx'));
    const word = readFileSync(artifactPath('briefing-chain.docx'));
    expect(word.subarray(0, 2).toString('latin1')).toBe('PK');
    await page.getByTestId('briefing-saved').waitFor(LOAD);

    // Hold the PDF's answer until the page has shown that it is working: button disabled, spinner, seconds.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const hold = async (route: Route) => {
      await gate;
      await route.continue();
    };
    await page.route('**/api/briefings', hold);
    await page.getByTestId('briefing-open').click();
    const download = page.waitForEvent('download', FILE);
    await page.getByTestId('briefing-pdf').click();
    await page.getByTestId('briefing-progress').waitFor(LOAD);
    expect(await page.getByTestId('briefing-open').isDisabled()).toBe(true);
    expect(await page.getByTestId('briefing-progress').innerText()).toMatch(/正在生成…\s*已用 \d+ 秒/);
    await page.screenshot({ path: artifactPath('briefing-progress.png') });
    release();
    const pdf = await download;
    await page.unroute('**/api/briefings', hold);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    await pdf.saveAs(artifactPath('briefing-chain.pdf'));
    expect(readFileSync(artifactPath('briefing-chain.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect.poll(() => page.getByTestId('briefing-open').isDisabled(), LOAD).toBe(false);
    expect(await page.getByTestId('briefing-progress').count()).toBe(0);
    await page.close();
  });

  it("shows the server's reason when a briefing cannot be made, and re-enables the button", async () => {
    const page = await open('/industries/aerospace?lang=en');
    await page.waitForSelector('[data-testid=graph][data-rendered=true]', LOAD);
    // The real server is asked for an industry it does not know; its answer is what the page shows.
    const unknown = async (route: Route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
      await route.continue({ postData: JSON.stringify({ ...body, scope: { kind: 'industries', ids: ['no-such-industry'] } }) });
    };
    await page.route('**/api/briefings', unknown);
    await page.getByTestId('briefing-open').click();
    await page.getByTestId('briefing-docx').click();
    const error = page.getByTestId('form-error');
    await error.waitFor(LOAD);
    const text = await error.innerText();
    expect(text).toContain('no industry "no-such-industry"');
    expect(text).toContain('不存在产业');
    expect(await page.getByTestId('briefing-open').isDisabled()).toBe(false);
    await page.screenshot({ path: artifactPath('briefing-error.png') });
    await page.unroute('**/api/briefings', unknown);
    await page.close();
  });

  it('briefs on the industries ticked in the overview, or on the whole city when none is ticked', async () => {
    const page = await open('/');
    await page.waitForSelector('[data-testid=matrix]', LOAD);
    const ids = ['high-end-textiles', 'aerospace'];
    for (const id of ids) await page.getByTestId(`select-${id}`).check();
    await page.waitForURL(/select=high-end-textiles%2Caerospace|select=high-end-textiles,aerospace/, LOAD);
    expect(await page.getByTestId('selection-bar').innerText()).toContain('已选 2 个产业');
    // Ticking a box does not open the industry.
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByTestId('briefing-open').click();
    expect(await page.locator('.briefing-menu').innerText()).toContain('所选 2 个产业');
    expect(await page.getByTestId('briefing-view').getAttribute('href')).toBe(
      '/api/briefings/view?scope=industry&industries=high-end-textiles%2Caerospace&lang=zh',
    );
    await page.screenshot({ path: artifactPath('briefing-overview.png') });
    const [docx] = await Promise.all([page.waitForEvent('download', FILE), page.getByTestId('briefing-docx').click()]);
    for (const id of ids) expect(docx.suggestedFilename()).toContain(await nameOf(id));
    await docx.saveAs(artifactPath('briefing-selected.docx'));
    expect(readFileSync(artifactPath('briefing-selected.docx')).subarray(0, 2).toString('latin1')).toBe('PK');

    // None ticked: the city.
    await page.getByTestId('select-all').check();
    await page.getByTestId('select-all').uncheck();
    await page.getByTestId('briefing-open').click();
    expect(await page.getByTestId('briefing-view').getAttribute('href')).toBe('/api/briefings/view?scope=city&lang=zh');
    await page.close();
  });
});
