// Recommendations with reasons in Chromium on nantong + demo (issue 19 §1): the partners page's 补链招商
// section per industry (kept in the URL) and the gap panel list each candidate with its score and every
// reason, and say which data is missing where there is none; the English page holds no Chinese sentence.
// Screenshots at 1440×900.
import type { Page } from 'playwright-core';
import { copyFileSync, mkdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';

const LOAD = { timeout: 30_000 };
const CHAIN_LOAD = { timeout: 90_000 };
const SCREEN = { width: 1440, height: 900 };
/** The demo's illustrative Shanghai firm covering 纤维材料, which Nantong lacks. */
const CANDIDATE = 'demo-sample-fibre-materials';

async function shot(page: Page, name: string): Promise<void> {
  const file = artifactPath(`recommendations-${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  // A copy where the report looks for it, when that folder can be written.
  try {
    mkdirSync('/tmp/shots-A', { recursive: true });
    copyFileSync(file, `/tmp/shots-A/recommendations-${name}.png`);
  } catch {
    /* the artifact is what counts */
  }
}

describeInBrowser('recommendations in Chromium', () => {
  const fx = useBrowserFixture({ datasets: ['nantong', 'demo'], viewport: SCREEN });

  it('the partners page lists each chain gap of the industry in the URL with candidates and reasons, or the data needed', async () => {
    const page = await fx.open('/partners?industry=high-end-textiles');
    const industry = page.locator('[data-testid="chain-recommendations-industry"][data-industry="high-end-textiles"]');
    await industry.waitFor(LOAD);
    expect(await page.getByTestId('chain-recommendations-industry').count()).toBe(1);
    const candidate = industry.locator(`[data-testid="recommendation"][data-candidate="${CANDIDATE}"]`);
    await candidate.waitFor(LOAD);
    const reasons = await candidate.locator('.recommendation-reasons li').allInnerTexts();
    expect(reasons.length).toBeGreaterThanOrEqual(2);
    expect(reasons[0]).toMatch(/^\+\d+(\.\d+)? 覆盖环节「/);
    expect(await candidate.locator('.recommendation-score').innerText()).toMatch(/^\d+(\.\d+)? 分$/);
    // Illustrative data is flagged where it shows.
    expect(await candidate.getByText('示例数据（虚构）').count()).toBeGreaterThan(0);
    expect(await industry.getByTestId('missing-data').count()).toBeGreaterThan(0);
    expect(await industry.getByTestId('missing-data').first().innerText()).toContain('导入');
    await candidate.scrollIntoViewIfNeeded();
    await shot(page, 'partners-zh');

    // Choosing another industry by the keyboard changes the URL (a bookmarkable view).
    const select = page.locator('.chain-recommendations select');
    await select.focus();
    await select.selectOption('');
    expect(new URL(page.url()).searchParams.get('industry')).toBeNull();
    expect(await page.getByTestId('chain-recommendations-industry').count()).toBeGreaterThan(1);
    await page.close();
  });

  it('the English page names the same candidate with English reasons only', async () => {
    const page = await fx.open('/partners?industry=high-end-textiles&lang=en');
    const candidate = page.locator(`[data-testid="recommendation"][data-candidate="${CANDIDATE}"]`);
    await candidate.waitFor(LOAD);
    const section = await page.getByTestId('chain-recommendations').innerText();
    expect(section).toContain('Recommended partners for chain gaps');
    expect(section).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await candidate.locator('.recommendation-reasons li').first().innerText()).toMatch(/^\+\d+(\.\d+)? covers the link "/);
    await candidate.scrollIntoViewIfNeeded();
    await shot(page, 'partners-en');
    await page.close();
  });

  it('the gap panel shows the candidates with their reasons', async () => {
    const page = await fx.open(`/industries/high-end-textiles?gap=${encodeURIComponent('chain-missing-link:textiles-fibre')}`);
    await page.waitForSelector('[data-testid=graph][data-rendered=true]', CHAIN_LOAD);
    const panel = page.getByTestId('recommendations');
    await panel.waitFor(LOAD);
    const candidate = panel.locator(`[data-testid="recommendation"][data-candidate="${CANDIDATE}"]`);
    expect(await candidate.count()).toBe(1);
    expect(await candidate.locator('.recommendation-reasons li').count()).toBeGreaterThanOrEqual(2);
    // The name opens the candidate: a button reached by the keyboard.
    await candidate.getByRole('button').focus();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    await shot(page, 'gap-panel-zh');
    await page.close();
  }, 180_000);
});
