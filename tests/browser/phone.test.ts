// The explorer on a phone (390×844, touch): the header folds behind a menu button, the 六个一 matrix
// keeps its industry column in place when scrolled sideways, and the chain can be panned and pinched
// and opens a node's details on a tap (the node found through the chain view's test hook).
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';
import type {} from '../../client/src/views/chains/testHook';

const LOAD = { timeout: 30_000 };
const PHONE = { width: 390, height: 844 };
const LANGS = ['zh', 'en'] as const;

interface Point {
  x: number;
  y: number;
}

describeInBrowser('explorer on a phone in Chromium', () => {
  const fx = useBrowserFixture({ datasets: ['nantong'], viewport: PHONE });

  async function openPhone(path: string): Promise<Page> {
    const page = await fx.browser.newPage({ viewport: PHONE, hasTouch: true, isMobile: true });
    await page.goto(fx.server.baseUrl + path);
    return page;
  }

  for (const lang of LANGS) {
    it(`folds the header behind a menu button, in ${lang}`, async () => {
      const page = await openPhone(lang === 'en' ? '/?lang=en' : '/');
      await page.getByTestId('matrix').waitFor(LOAD);
      const menu = page.getByTestId('header-menu');
      expect(await menu.isVisible()).toBe(true);
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('.main-nav').isVisible()).toBe(false);
      expect(await page.getByTestId('search-input').isVisible()).toBe(false);
      const header = await page.getByTestId('app-header').boundingBox();
      expect(header?.width).toBeLessThanOrEqual(PHONE.width);
      await page.screenshot({ path: artifactPath(`phone-overview-${lang}.png`) });

      await menu.tap();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      expect(await page.locator('.main-nav').isVisible()).toBe(true);
      expect(await page.getByTestId('search-input').isVisible()).toBe(true);
      expect(await page.getByTestId('nav-more').count()).toBe(0);
      await page.screenshot({ path: artifactPath(`phone-menu-${lang}.png`) });
      // A link closes the menu on the way to its view.
      await page.locator('.main-nav a').nth(1).tap();
      await page.waitForURL('**/partners**', LOAD);
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      await page.close();
    });
  }

  it('keeps the industry column and the tier labels of the 六个一 matrix in place when the matrix scrolls sideways', async () => {
    const page = await openPhone('/');
    await page.getByTestId('matrix').waitFor(LOAD);
    const industry = page.locator('tr[data-industry] th[scope=row]').first();
    const slot = page.locator('tr[data-industry] td.cell').first();
    const tier = page.locator('.tier-row .tier-label').first();
    await industry.scrollIntoViewIfNeeded();
    const before = { industry: await industry.boundingBox(), slot: await slot.boundingBox(), tier: await tier.boundingBox() };
    const scrolled = await page.evaluate(() => {
      const section = document.querySelector('.matrix-section');
      if (!section) throw new Error('no matrix section');
      section.scrollLeft = 240;
      return section.scrollLeft;
    });
    expect(scrolled).toBeGreaterThan(100);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const after = { industry: await industry.boundingBox(), slot: await slot.boundingBox(), tier: await tier.boundingBox() };
    expect(after.industry?.x).toBe(before.industry?.x);
    expect(after.slot?.x).toBeCloseTo((before.slot?.x ?? 0) - scrolled, 0);
    // The tier's name stays readable at the left edge, whole, instead of scrolling away with its row.
    // (It sticks at the section's edge, a few pixels left of where the cell's padding put it.)
    expect(Math.abs((after.tier?.x ?? -1000) - (before.tier?.x ?? 0))).toBeLessThanOrEqual(8);
    expect(after.tier?.x).toBeGreaterThanOrEqual(0);
    expect((after.tier?.x ?? -1) + (after.tier?.width ?? 0)).toBeLessThanOrEqual(390);
    expect(await tier.innerText()).toBe('传统主导产业');
    await page.screenshot({ path: artifactPath('phone-matrix-scrolled.png') });
    await page.close();
  });

  for (const lang of LANGS) {
    it(`pans, pinches and opens a tapped node's details on the chain, in ${lang}`, async () => {
      const page = await openPhone(`/industries/high-end-textiles${lang === 'en' ? '?lang=en' : ''}`);
      const graph = page.getByTestId('graph');
      await page.waitForSelector('[data-testid=graph][data-rendered=true]', LOAD);
      // The toolbar wraps into rows of touch-sized buttons, and nothing scrolls the page sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      const buttons = await page.locator('.chain-page .toolbar button:visible, .zoom-controls button').evaluateAll((list) =>
        list.map((b) => ({ text: b.textContent, ...b.getBoundingClientRect().toJSON() }) as { text: string; x: number; width: number; height: number }),
      );
      expect(buttons.length).toBeGreaterThanOrEqual(4);
      for (const b of buttons) {
        expect(b.height, b.text).toBeGreaterThanOrEqual(40);
        expect(b.x + b.width, b.text).toBeLessThanOrEqual(PHONE.width);
      }
      await page.screenshot({ path: artifactPath(`phone-chain-toolbar-${lang}.png`) });
      await graph.scrollIntoViewIfNeeded();
      const frame = await graph.boundingBox();
      if (!frame) throw new Error('graph not laid out');
      const cdp = await page.context().newCDPSession(page);
      const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) =>
        cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p) => ({ x: p.x, y: p.y })) });

      // A point of the drawing's background, away from every node (so a drag pans rather than moves a node).
      const empty = await page.evaluate((box) => {
        const cy = window.__innochainCy;
        if (!cy) throw new Error('no chain drawn');
        const boxes = cy.nodes().map((n) => n.renderedBoundingBox());
        for (let y = box.height - 40; y > 40; y -= 20) {
          for (let x = 40; x < box.width - 40; x += 20) {
            if (boxes.every((b) => x < b.x1 - 30 || x > b.x2 + 30 || y < b.y1 - 30 || y > b.y2 + 30)) return { x, y };
          }
        }
        throw new Error('no empty point');
      }, frame);
      const at = (p: Point, dx = 0, dy = 0) => ({ x: frame.x + p.x + dx, y: frame.y + p.y + dy });
      const view = () => page.evaluate(() => ({ zoom: window.__innochainCy?.zoom() ?? 0, pan: window.__innochainCy?.pan() ?? { x: 0, y: 0 } }));

      const start = await view();
      await touch('touchStart', [at(empty)]);
      for (let step = 1; step <= 5; step += 1) await touch('touchMove', [at(empty, step * 8, -step * 6)]);
      await touch('touchEnd', []);
      const panned = await view();
      expect(panned.pan.x).toBeGreaterThan(start.pan.x + 10);

      const centre = at(empty);
      await touch('touchStart', [
        { x: centre.x - 20, y: centre.y },
        { x: centre.x + 20, y: centre.y },
      ]);
      for (let step = 1; step <= 5; step += 1) {
        await touch('touchMove', [
          { x: centre.x - 20 - step * 10, y: centre.y },
          { x: centre.x + 20 + step * 10, y: centre.y },
        ]);
      }
      await touch('touchEnd', []);
      const pinched = await view();
      expect(pinched.zoom).toBeGreaterThan(panned.zoom);

      // Back to the whole chain, then a tap on a node found through the test hook.
      const target = await page.evaluate((box) => {
        const cy = window.__innochainCy;
        if (!cy) throw new Error('no chain drawn');
        cy.fit(undefined, 30);
        const node = cy
          .nodes()
          .toArray()
          .find((n) => {
            if (n.hasClass('decor') || n.data('role') === 'more') return false;
            const p = n.renderedPosition();
            return p.x > 20 && p.x < box.width - 20 && p.y > 20 && p.y < box.height - 20;
          });
        if (!node) throw new Error('no node inside the drawing');
        return { id: node.id(), ...node.renderedPosition() };
      }, frame);
      await page.touchscreen.tap(frame.x + target.x, frame.y + target.y);
      await page.waitForURL((to) => to.searchParams.get('node') === target.id, LOAD);
      const detail = page.getByTestId('detail');
      await detail.waitFor(LOAD);
      const sheet = await page.locator('.side-panel').boundingBox();
      expect(sheet && sheet.y + sheet.height).toBeLessThanOrEqual(PHONE.height + 1);
      expect(sheet && sheet.y).toBeGreaterThan(0);
      await page.screenshot({ path: artifactPath(`phone-chain-detail-${lang}.png`) });
      await page.close();
    });
  }
});
