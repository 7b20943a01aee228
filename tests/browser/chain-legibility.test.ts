// The chain view is readable at its first fit, without zooming: for every chain of the default graph
// (nantong + nantong-public, the real organisations; each chain under 250 elements), at 1440×900 and
// 1280×720, every visible link and member label is at least 11 px on screen (font-size × zoom, read from
// Cytoscape). Screenshots of each size go to test-artifacts/ to be looked at. Also: the zoom buttons and
// keys change the zoom and reset it.
import { expect, it } from 'vitest';
import { ChainView } from '../../graph/model/chainView';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';
import { getJson } from '../helpers/server';
import type {} from '../../client/src/views/chains/testHook';

const LOAD = { timeout: 30_000 };
const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
];
const FLOOR_PX = 11;

interface LabelReading {
  id: string;
  role: string;
  fontSize: number;
  label: string;
}

describeInBrowser('chain view legibility at fit', () => {
  const fx = useBrowserFixture({ datasets: ['nantong', 'nantong-public'] });

  /** Industries that have chain links: every chain the default graph draws. */
  async function showcaseChains(): Promise<string[]> {
    const result = await fx.db.read((tx) =>
      tx.run('MATCH (i:Industry)-[:HAS_LINK]->(:ChainLink) RETURN DISTINCT i.id AS id ORDER BY id'),
    );
    return result.records.map((r) => String(r.get('id')));
  }

  for (const viewport of VIEWPORTS) {
    it(`labels every link and member at ${FLOOR_PX} px or more at ${viewport.width}×${viewport.height}`, async () => {
      const ids = await showcaseChains();
      expect(ids.length).toBeGreaterThan(0);
      const page = await fx.open('/', { viewport });
      const small: string[] = [];
      let smallest = { px: Infinity, where: '' };
      const perChain: string[] = [];
      for (const id of ids) {
        const view = ChainView.parse((await getJson(fx.server.baseUrl, `/api/industries/${id}/chain`)).body);
        expect(view.elements.length).toBeLessThanOrEqual(250);
        await page.goto(`${fx.server.baseUrl}/industries/${id}`);
        await page.waitForSelector('[data-testid=graph][data-rendered=true]', LOAD);
        const reading = await page.evaluate(() => {
          const cy = window.__innochainCy;
          if (!cy) return null;
          const labels = cy
            .nodes('[role = "link"], [role = "member"]')
            .filter((n) => n.visible())
            .map((n) => ({ id: n.id(), role: String(n.data('role')), fontSize: parseFloat(String(n.style('font-size'))), label: String(n.style('label')) }));
          return { zoom: cy.zoom(), labels };
        });
        expect(reading, id).not.toBeNull();
        const { zoom, labels } = reading as { zoom: number; labels: LabelReading[] };
        await page.screenshot({ path: artifactPath(`chain-legibility-${id}-${viewport.width}x${viewport.height}.png`) });
        const expected = view.elements.filter((e) => e.group === 'nodes' && (e.data.role === 'link' || e.data.role === 'member')).length;
        expect(labels.length, id).toBe(expected);
        perChain.push(`${id} ${Math.min(...labels.map((l) => l.fontSize * zoom)).toFixed(1)}`);
        for (const label of labels) {
          expect(label.label.length, `${id} ${label.id} has a label`).toBeGreaterThan(0);
          if (label.fontSize * zoom < smallest.px) smallest = { px: label.fontSize * zoom, where: `${id} ${label.role}` };
          if (label.fontSize * zoom < FLOOR_PX) small.push(`${id} ${label.id} (${label.role}): ${(label.fontSize * zoom).toFixed(1)} px at zoom ${zoom.toFixed(2)}`);
        }
      }
      // For the report (BENCHMARKS.md, the closing note): the smallest label on screen, never asserted on.
      console.log(`chain legibility ${viewport.width}×${viewport.height}: smallest label ${smallest.px.toFixed(1)} px (${smallest.where}) over ${ids.length} chains; per chain: ${perChain.join(', ')}`);
      // Every chain is checked before failing, so the message lists every label under the floor.
      expect(small).toEqual([]);
      await page.close();
    }, 240_000);
  }

  it('zooms in, out and back with the buttons and with +, − and 0 on the focused graph', async () => {
    const page = await fx.open('/industries/high-end-textiles', { viewport: VIEWPORTS[0] });
    await page.waitForSelector('[data-testid=graph][data-rendered=true]', LOAD);
    const zoom = () => page.evaluate(() => window.__innochainCy?.zoom() ?? 0);
    const fitted = await zoom();
    await page.getByTestId('zoom-in').click();
    await expect.poll(zoom).toBeGreaterThan(fitted);
    await page.getByTestId('zoom-reset').click();
    await expect.poll(zoom).toBeCloseTo(fitted, 3);
    await page.getByTestId('zoom-out').click();
    await expect.poll(zoom).toBeLessThan(fitted);
    await page.getByTestId('graph').focus();
    await page.keyboard.press('0');
    await expect.poll(zoom).toBeCloseTo(fitted, 3);
    await page.keyboard.press('+');
    await expect.poll(zoom).toBeGreaterThan(fitted);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(zoom).toBeLessThan(fitted);
    expect(await page.getByTestId('zoom-in').getAttribute('aria-label')).toBeTruthy();
    await page.close();
  });

  it('tells local members from outside ones on the canvas and in the link panel, in English too', async () => {
    const view = ChainView.parse((await getJson(fx.server.baseUrl, '/api/industries/high-end-textiles/chain')).body);
    const members = view.elements.flatMap((e) => (e.group === 'nodes' && e.data.role === 'member' ? [e.data] : []));
    const link = members.find((m) => m.linkId)?.linkId ?? '';
    const mine = members.filter((m) => m.linkId === link);
    const page = await fx.open(`/industries/high-end-textiles?lang=en&node=${encodeURIComponent(link)}`, { viewport: VIEWPORTS[1] });
    await page.waitForSelector('[data-testid=graph][data-rendered=true]', LOAD);
    // Drawn differently: a local member's mark is filled, an outside one's is white with a dashed border.
    const looks = await page.evaluate(() =>
      (window.__innochainCy?.nodes('[role = "member"]').map((n) => `${String(n.data('local') === true)}:${n.style('border-style')}`) ?? []),
    );
    for (const look of looks) expect(look === 'true:solid' || look === 'false:dashed', look).toBe(true);
    const note = page.getByTestId('link-members-local');
    await note.waitFor(LOAD);
    const local = mine.filter((m) => m.local === true).length;
    expect(await note.innerText()).toBe(`Local members: ${local}; from outside: ${mine.length - local}`);
    await page.screenshot({ path: artifactPath('chain-legibility-link-panel-en-1280x720.png') });
    await page.close();
  });
});
