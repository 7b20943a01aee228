// The header stays one row at desktop widths in Chinese and English, with every link a role may use:
// what does not fit goes into the "更多 / More" menu, which works by keyboard. Screenshots at 1440×900
// and 1280×720 in both languages.
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
    const parts = [...header.querySelectorAll('.brand, .main-nav > *, .search, .lang-switch, .session')].filter((el) => el.getBoundingClientRect().width > 0);
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
});
