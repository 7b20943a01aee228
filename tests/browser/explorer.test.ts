// The explorer in Chromium on nantong + demo: overview matrix, a chain with its ghosts, the detail
// panel's provenance, language switch, keyboard search, exports, errors in words.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { GapMatrix } from '../../graph/model';
import { ChainView } from '../../graph/model/chainView';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';
import { getJson } from '../helpers/server';
import type {} from '../../client/src/views/chains/testHook';

const LOAD = { timeout: 30_000 };


describeInBrowser('explorer in Chromium', () => {
  /** A slot the demo leaves empty, marked as confirmed missing by a user, so both kinds show. */
  const confirmed = { industry: 'aerospace', slot: 'leadFirm' } as const;
  const fx = useBrowserFixture({
    datasets: ['nantong', 'demo'],
    prepare: async (db) => {
      await db.write((tx) =>
        tx.run('MATCH (i:Industry {id: $id}) SET i.confirmedMissing = [$slot]', { id: confirmed.industry, slot: confirmed.slot }),
      );
    },
  });

  async function open(path: string, options: { acceptDownloads?: boolean } = {}): Promise<Page> {
    return fx.open(path, { acceptDownloads: options.acceptDownloads ?? false });
  }

  async function chainRendered(page: Page): Promise<void> {
    await page.waitForSelector('[data-testid=graph][data-rendered=true]', LOAD);
  }

  /**
   * Holder names in the matrix: wrapped to two lines at most rather than cut short, the full name on
   * hover, and an illustrative one marked once (the 示例 badge), its name free of 示例/虚构 and upright.
   */
  async function checkHolderNames(page: Page): Promise<void> {
    const holders = await page.locator('.holder').evaluateAll((list) =>
      list.map((el) => {
        const css = getComputedStyle(el);
        const lines = Math.round(el.clientHeight / parseFloat(css.lineHeight));
        const name = [...el.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.textContent).join('');
        return {
          name,
          title: el.getAttribute('title') ?? '',
          illustrative: el.getAttribute('data-illustrative') === 'true',
          marks: el.querySelectorAll('.ill-mark').length,
          italic: css.fontStyle === 'italic',
          lines,
          cut: el.scrollHeight > el.clientHeight + 1,
        };
      }),
    );
    expect(holders.length).toBeGreaterThan(0);
    for (const h of holders) {
      expect(h.title.startsWith(h.name), h.name).toBe(true);
      expect(h.lines, h.name).toBeLessThanOrEqual(2);
      expect(h.italic, h.name).toBe(false);
      expect(h.marks, h.name).toBe(h.illustrative ? 1 : 0);
      if (h.illustrative) {
        expect(h.name).not.toMatch(/示例|虚构|Sample|fictional/);
        expect(h.title).toContain('示例数据（虚构）');
      }
    }
    // Names longer than a line wrap onto a second one, in full, instead of being cut at eight characters.
    expect(holders.some((h) => h.lines === 2 && !h.cut && [...h.name].length > 8)).toBe(true);
  }

  it('shows the 六个一 matrix with missing cells told apart, and opens a row by keyboard', async () => {
    const matrix = GapMatrix.parse((await getJson(fx.server.baseUrl, '/api/gaps/matrix')).body);
    const page = await open('/');
    await page.waitForSelector('[data-testid=matrix]', LOAD);
    expect(await page.locator('tr[data-industry]').count()).toBe(matrix.rows.length);
    await page.waitForSelector('[data-testid=city-totals]', LOAD);
    await page.waitForSelector('[data-testid=targets]', LOAD);

    const notRecorded = page.locator('td[data-status=not-recorded]').first();
    const confirmedCell = page.locator(`tr[data-industry=${confirmed.industry}] td[data-status=confirmed-missing]`);
    await expect.poll(() => confirmedCell.count()).toBe(1);
    const style = (cell: typeof notRecorded) =>
      cell.evaluate((el) => {
        const css = getComputedStyle(el);
        return { border: css.borderTopStyle, background: css.backgroundImage + css.backgroundColor };
      });
    const [a, b] = [await style(notRecorded), await style(confirmedCell)];
    expect(a.border).toBe('dashed');
    expect(b.border).toBe('solid');
    expect(a.background).not.toBe(b.background);
    expect(await confirmedCell.innerText()).toContain('确认缺失');
    // Illustrative holders are flagged in the cells, and the page says so.
    expect(await page.locator('.ill-mark').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.banner-illustrative').count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifactPath('explorer-overview.png'), fullPage: true });
    await checkHolderNames(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    await checkHolderNames(page);
    await page.locator('tr[data-industry]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('explorer-matrix-1280.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await checkHolderNames(page);
    await page.locator('tr[data-industry]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('explorer-matrix-390.png') });
    await page.setViewportSize({ width: 1440, height: 960 });

    // Keyboard: focus the first row, move down one, Enter opens that industry.
    const rows = page.locator('tr[data-industry]');
    const second = await rows.nth(1).getAttribute('data-industry');
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/industries/${second}`, LOAD);
    await chainRendered(page);
    await page.close();
    // One page at three widths (1440, 1280, 390) and a chain: more than the default minute on a busy machine.
  }, 120_000);

  it('draws an industry chain with a ghost node for each missing slot, and selects by clicking', async () => {
    const view = ChainView.parse((await getJson(fx.server.baseUrl, `/api/industries/${confirmed.industry}/chain`)).body);
    const ghosts = view.elements.filter((e) => e.group === 'nodes' && e.data.role === 'ghost');
    expect(ghosts.length).toBeGreaterThan(0);
    const page = await open(`/industries/${confirmed.industry}`);
    await chainRendered(page);
    const graph = page.getByTestId('graph');
    expect(await graph.getAttribute('data-element-count')).toBe(String(view.elements.length));
    expect(await graph.getAttribute('data-ghost-count')).toBe(String(ghosts.length));
    await page.screenshot({ path: artifactPath('explorer-chain.png') });

    // Click the ghost of the confirmed-missing slot on the canvas: the panel explains the slot.
    const ghostId = `ghost:${confirmed.industry}:${confirmed.slot}`;
    const box = await graph.boundingBox();
    const at = await page.evaluate((id) => window.__innochainCy?.getElementById(id).renderedPosition(), ghostId);
    expect(at && box).toBeTruthy();
    await page.mouse.click((box?.x ?? 0) + (at?.x ?? 0), (box?.y ?? 0) + (at?.y ?? 0));
    await page.waitForURL(`**node=${encodeURIComponent(ghostId)}*`, LOAD);
    const detail = page.getByTestId('detail');
    await expect.poll(() => detail.innerText()).toContain('龙头带动企业');
    expect(await detail.innerText()).toContain('确认缺失');
    expect(await page.getByTestId('gap-card').count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifactPath('explorer-ghost.png') });
    await page.close();
  });

  it('opens the detail panel with a document section for a Nantong node and the badge for a demo node', async () => {
    const page = await open('/industries/high-end-textiles?node=jitri-nantong-textile-silk-institute');
    await chainRendered(page);
    const provenance = page.getByTestId('provenance');
    await provenance.waitFor(LOAD);
    expect(await provenance.innerText()).toContain('政策原文');
    expect(await provenance.locator('.section-ref').innerText()).toBe('三(四)');
    expect(await provenance.locator('.badge-illustrative').count()).toBe(0);
    await page.screenshot({ path: artifactPath('explorer-detail-document.png') });

    // Neighbours are one click away: the industry it serves.
    await page.getByTestId('detail').getByRole('button', { name: '高端纺织' }).click();
    await page.waitForURL('**node=high-end-textiles*', LOAD);

    await page.goto(`${fx.server.baseUrl}/industries/high-end-textiles?node=demo-sample-textile-group`);
    await chainRendered(page);
    await page.getByTestId('provenance').waitFor(LOAD);
    expect(await page.getByTestId('provenance').locator('.badge-illustrative').innerText()).toBe('示例数据（虚构）');
    // On the canvas the name carries the one mark, 〔示例〕, and no other style (no italics).
    const drawn = await page.evaluate(() => {
      const node = window.__innochainCy?.getElementById('demo-sample-textile-group');
      return { label: String(node?.data('display') ?? ''), fontStyle: String(node?.style('font-style') ?? '') };
    });
    expect(drawn.label).toContain('〔示例〕纺织集团');
    expect(drawn.fontStyle).toBe('normal');
    await page.screenshot({ path: artifactPath('explorer-detail-illustrative.png') });
    await page.close();
  });

  it('switches to English, remembers it, and keeps it in the URL', async () => {
    const page = await open('/industries/high-end-textiles');
    await chainRendered(page);
    await page.getByTestId('lang-en').click();
    await page.waitForURL('**lang=en*', LOAD);
    expect(await page.locator('.main-nav').innerText()).toContain('Overview');
    expect(await page.locator('h1').innerText()).toContain('High-end textiles');
    const label = await page.evaluate(() => String(window.__innochainCy?.getElementById('high-end-textiles').data('display')));
    expect(label).toContain('High-end textiles');
    await page.screenshot({ path: artifactPath('explorer-english.png') });
    // A new visit without ?lang= comes back in English and says so in the URL.
    await page.goto(`${fx.server.baseUrl}/partners`);
    await page.waitForURL('**/partners?lang=en', LOAD);
    await page.getByTestId('partners-table').waitFor(LOAD);
    expect(await page.locator('h1').innerText()).toBe('Links with Shanghai and southern Jiangsu');
    await page.getByTestId('lang-zh').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('沪苏跨江合作');
    expect(page.url()).not.toContain('lang=');
    await page.close();
  });

  it('searches Chinese and English names from the keyboard and lands on the node in its chain', async () => {
    const page = await open('/');
    const input = page.getByTestId('search-input');
    await input.fill('纺织');
    await page.locator('[role=option]').first().waitFor(LOAD);
    await page.screenshot({ path: artifactPath('explorer-search.png') });
    await page.keyboard.press('Enter');
    await page.waitForURL('**/industries/high-end-textiles*', LOAD);
    await chainRendered(page);

    // An English word, a chain link: lands on its industry's chain with the link selected.
    await input.fill('weaving');
    const option = page.locator('[role=option]').first();
    await option.waitFor(LOAD);
    expect(await option.innerText()).toMatch(/织造|Weaving/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/industries/high-end-textiles?node=textiles-weaving', LOAD);
    await chainRendered(page);
    // Same chain as before: only the selection changes, once React has applied the new URL.
    await expect
      .poll(() => page.evaluate(() => window.__innochainCy?.nodes(':selected').map((n) => n.id())), LOAD)
      .toEqual(['textiles-weaving']);
    await page.close();
  });

  it('finds a node by an alias, and a hit on a chain member opens the chain with it selected, ringed and in the URL', async () => {
    const page = await fx.open('/', { viewport: { width: 1440, height: 900 } });
    const input = page.getByTestId('search-input');
    // 船舶制造 is an alias of 船舶及重装备: the hit says which alias it was found by.
    await input.fill('船舶制造');
    const aliasHit = page.locator('[role=option]').first();
    await aliasHit.waitFor(LOAD);
    expect(await aliasHit.innerText()).toMatch(/船舶及重装备[\s\S]*又称：船舶制造/);
    await page.screenshot({ path: artifactPath('search-alias-1440.png') });

    // A member of a chain (an institute serving 高端纺织), chosen with the mouse.
    const member = 'jitri-nantong-textile-silk-institute';
    await input.fill('纺织丝绸技术研究所');
    const hit = page.locator('[role=option]', { hasText: '纺织丝绸技术研究所' }).first();
    await hit.waitFor(LOAD);
    await hit.click();
    await page.waitForURL(`**/industries/high-end-textiles?node=${member}`, LOAD);
    // The first chain of a fresh server waits for the gap analysis (half a minute on a loaded machine).
    await page.waitForSelector('[data-testid=graph][data-rendered=true]', { timeout: 120_000 });
    await expect.poll(() => page.evaluate(() => window.__innochainCy?.nodes(':selected').map((n) => n.id())), LOAD).toEqual([member]);
    // Ringed, not only tinted (colour-blind safe), and its panel open.
    expect(await page.evaluate((id) => String(window.__innochainCy?.getElementById(id).style('outline-width')), member)).toBe('4px');
    await expect.poll(() => page.getByTestId('detail').locator('h2').innerText(), LOAD).toContain('纺织丝绸技术研究所');
    // Centred once the viewport has moved to it (the move is animated: polled, not timed).
    const offCentre = () =>
      page.evaluate((id) => {
        const cy = window.__innochainCy;
        const p = cy?.getElementById(id).renderedPosition();
        return cy && p ? Math.max(Math.abs(p.x - cy.width() / 2), Math.abs(p.y - cy.height() / 2)) : Infinity;
      }, member);
    await expect.poll(offCentre, LOAD).toBeLessThan(2);
    await page.screenshot({ path: artifactPath('search-focus-1440.png') });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: artifactPath('search-focus-1280.png') });

    // The detail panel names a node's aliases.
    await page.goto(`${fx.server.baseUrl}/nodes/shipbuilding-heavy-equipment`);
    await expect.poll(() => page.getByTestId('detail-aliases').innerText(), LOAD).toBe('又称：船舶海工、船舶制造');
    await page.screenshot({ path: artifactPath('detail-aliases-1280.png') });
    await page.goto(`${fx.server.baseUrl}/industries/high-end-textiles?node=${member}`);

    // A bookmark of the hit's URL opens the same selection; at phone width the panel and ring show too.
    await page.setViewportSize({ width: 390, height: 844 });
    await chainRendered(page);
    await expect.poll(() => page.evaluate(() => window.__innochainCy?.nodes(':selected').map((n) => n.id())), LOAD).toEqual([member]);
    await page.getByTestId('detail').waitFor(LOAD);
    await page.screenshot({ path: artifactPath('search-focus-390.png'), fullPage: true });
    await page.close();
  }, 240_000);

  it('exports the chain view as a PNG and as an SVG', async () => {
    const page = await open('/industries/electronic-information', { acceptDownloads: true });
    await chainRendered(page);
    const [png] = await Promise.all([page.waitForEvent('download', LOAD), page.getByTestId('export-png').click()]);
    expect(png.suggestedFilename()).toBe('electronic-information-chain.png');
    const bytes = readFileSync(await png.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(10_000);
    const [svg] = await Promise.all([page.waitForEvent('download', LOAD), page.getByTestId('export-svg').click()]);
    expect(svg.suggestedFilename()).toBe('electronic-information-chain.svg');
    expect(readFileSync(await svg.path(), 'utf8')).toMatch(/<svg[\s\S]*<\/svg>/);
    await page.close();
  });

  it('says what went wrong in words, and shows the analyst tables with downloads', async () => {
    const page = await open('/industries/no-such-industry');
    const alert = page.getByRole('alert');
    await alert.waitFor(LOAD);
    expect(await alert.innerText()).toContain('未找到产业');
    await page.screenshot({ path: artifactPath('explorer-error.png') });

    await page.goto(`${fx.server.baseUrl}/questions/links-without-local-firm`);
    await page.getByTestId('question').waitFor(LOAD);
    expect(await page.locator('.data-table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('download-xlsx').getAttribute('href')).toContain('format=xlsx');
    expect(await page.getByTestId('download-csv').getAttribute('href')).toContain('format=csv');
    await page.screenshot({ path: artifactPath('explorer-questions.png') });

    await page.goto(`${fx.server.baseUrl}/partners`);
    await page.getByTestId('partners-table').waitFor(LOAD);
    expect(await page.getByTestId('partner-region').count()).toBe(2);
    await page.screenshot({ path: artifactPath('explorer-partners.png'), fullPage: true });
    await page.close();
  });
});
