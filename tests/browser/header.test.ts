// The header stays one row at desktop widths in Chinese and English, with every link a role may use:
// what does not fit goes into the "更多 / More" menu, which works by keyboard. Screenshots at 1440×900
// and 1280×720 in both languages. The region switcher keeps the region analysed in the URL.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';

const LOAD = { timeout: 30_000 };

interface Box {
  top: number;
  bottom: number;
  height: number;
}

/** The header's box, its first nav entry's (a link, or "more" when none fits), and those of the header's visible parts. */
async function headerBoxes(page: Page): Promise<{ header: Box; navItem: Box; parts: Box[] }> {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: r.height };
    };
    const header = document.querySelector('.app-header');
    const navItem = document.querySelector('.main-nav > *');
    if (!header || !navItem) throw new Error('header or nav link missing');
    const parts = [...header.querySelectorAll('.brand, .main-nav > *, .search, .region-switch, .lang-switch, .session')].filter((el) => el.getBoundingClientRect().width > 0);
    return { header: box(header), navItem: box(navItem), parts: parts.map(box) };
  });
}

describeInBrowser('header in Chromium', () => {
  const fx = useBrowserFixture({ datasets: ['nantong'] });

  for (const lang of ['zh', 'en'] as const) {
    it(`keeps the header on one row at 1280×720 and 1440×900 for an admin, in ${lang}`, async () => {
      const admin = await fx.user('admin');
      const suffix = lang === 'en' ? '?lang=en' : '';
      for (const viewport of [
        { width: 1280, height: 720 },
        { width: 1440, height: 900 },
      ]) {
        const page = await fx.open(`/${suffix}`, { as: admin, viewport });
        await page.getByTestId('matrix').waitFor(LOAD);
        const { header, navItem, parts } = await headerBoxes(page);
        // One row: every part sits beside the nav links, and the header is less than two rows tall
        // (its padding and the two-line title make it taller than a single link, never twice as tall).
        for (const part of parts) {
          expect(part.top).toBeLessThan(navItem.bottom);
          expect(part.bottom).toBeGreaterThan(navItem.top);
        }
        expect(header.height).toBeLessThan(2 * navItem.height + 24);
        // Every link the role may use is there once, in the row or in the "more" menu.
        for (const nav of ['nav-console', 'nav-import', 'nav-users', 'nav-audit']) expect(await page.getByTestId(nav).count()).toBe(1);
        await page.screenshot({ path: artifactPath(`header-${lang}-${viewport.width}x${viewport.height}.png`) });
        await page.close();
      }
    });
  }

  it('moves links that do not fit into a keyboard-usable "more" menu', async () => {
    const admin = await fx.user('admin');
    const page = await fx.open('/?lang=en', { as: admin, viewport: { width: 1024, height: 720 } });
    await page.getByTestId('matrix').waitFor(LOAD);
    const more = page.getByTestId('nav-more');
    await more.waitFor(LOAD);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    const { header, navItem } = await headerBoxes(page);
    expect(header.height).toBeLessThan(2 * navItem.height + 24);

    await more.focus();
    await page.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const items = page.getByRole('menuitem');
    const count = await items.count();
    expect(count).toBeGreaterThan(0);
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await focused()).toBe(await items.first().innerText());
    await page.keyboard.press('End');
    expect(await focused()).toBe(await items.last().innerText());
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(await items.first().innerText());
    await page.screenshot({ path: artifactPath('header-en-1024-more-menu.png') });
    await page.keyboard.press('Escape');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('nav-more');

    // ↓ opens it too, and Enter on a link goes there.
    await page.keyboard.press('ArrowDown');
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    await page.keyboard.press('Enter');
    if (target.startsWith('/api/')) await page.waitForURL('**/api/docs**', LOAD);
    else await page.waitForURL((to) => to.pathname === target.split('?')[0], LOAD);
    await page.close();
  });

  it('switches the region analysed by keyboard: ?region= in the URL, the overview reloads for it, reload and links keep it', async () => {
    const page = await fx.open('/', { viewport: { width: 1440, height: 900 } });
    await page.getByTestId('matrix').waitFor(LOAD);
    const select = page.getByTestId('region-switch');
    await expect.poll(() => select.isEnabled(), LOAD).toBe(true);
    const heading = page.getByTestId('city-totals').locator('h2');
    expect(await heading.innerText()).toBe('南通市概况');
    // The province above the city, the city, then its counties valid today (港闸区 merged into 崇川区).
    const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(values.slice(0, 2)).toEqual(['jiangsu', 'nantong']);
    expect(values).toContain('haimen-district');
    expect(values).not.toContain('gangzha-district');
    const county = values[2]!;
    const countyName = await select.locator('option').nth(2).innerText();

    await select.focus();
    const answered = page.waitForResponse((r) => r.url().includes(`/api/gaps/summary?region=${county}`) && r.ok(), LOAD);
    await page.keyboard.press('ArrowDown');
    await page.waitForURL((url) => url.searchParams.get('region') === county, LOAD);
    await answered;
    await expect.poll(() => heading.innerText(), LOAD).toBe(`${countyName}概况`);
    // The figures shown are the engine's for the county.
    const summary = await page.evaluate(async (id) => (await (await fetch(`/api/gaps/summary?region=${id}`)).json()) as { averageScore: number }, county);
    const average = page.getByTestId('city-totals').locator('dd').nth(1);
    await expect.poll(() => average.innerText(), LOAD).toBe(String(Math.round(summary.averageScore)));
    await page.screenshot({ path: artifactPath('region-switch-1440x900.png') });

    await page.reload();
    await page.getByTestId('matrix').waitFor(LOAD);
    await expect.poll(() => heading.innerText(), LOAD).toBe(`${countyName}概况`);
    expect(await select.inputValue()).toBe(county);
    // In-app navigation carries the region, as it carries ?lang=en: Enter on a matrix row opens the chain for it.
    await page.locator('tr[data-industry]').first().press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/industries/') && url.searchParams.get('region') === county, LOAD);
    await expect.poll(() => page.getByTestId('chain-scope').innerText(), LOAD).toContain(countyName);
    await page.getByRole('link', { name: '沪苏合作' }).click();
    await page.waitForURL((url) => url.pathname === '/partners' && url.searchParams.get('region') === county, LOAD);
    await page.getByText(`${countyName}层面`).first().waitFor(LOAD);
    // Back to the home city: the parameter goes.
    await select.selectOption('nantong');
    await page.waitForURL((url) => url.pathname === '/partners' && !url.searchParams.has('region'), LOAD);
    await page.close();

    // A phone in English: the switcher sits in the header's menu, full width, with English names only.
    const phone = await fx.open(`/?lang=en&region=${county}`, { viewport: { width: 390, height: 844 } });
    await phone.getByTestId('matrix').waitFor(LOAD);
    await phone.getByTestId('header-menu').click();
    const phoneSelect = phone.getByTestId('region-switch');
    await expect.poll(() => phoneSelect.inputValue(), LOAD).toBe(county);
    const box = await phoneSelect.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    const texts = await phone.locator('.region-switch').evaluate((el) => el.textContent ?? '');
    expect(texts).not.toMatch(/\p{Script=Han}/u);
    expect(await phone.getByTestId('city-totals').locator('h2').innerText()).toMatch(/: totals$/);
    await phone.screenshot({ path: artifactPath('region-switch-390x844.png') });
    await phone.close();
  });
});
