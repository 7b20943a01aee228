// An expanded chain of ~2,000 nodes (20 links × 90 firms, ~3,700 elements with edges) opens and stays
// interactive. Prints the time to first render and a pan / zoom / select round in the explorer, and
// the same elements drawn by bare Cytoscape with the same preset positions. Asserts only correctness
// (what is drawn), never timing: the figures are for the report.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { ChainView } from '../../graph/model/chainView';
import { layoutChain } from '../../client/src/views/chains/layout';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';
import { getJson } from '../helpers/server';
import type {} from '../../client/src/views/chains/testHook';

const LINKS = 20;
const FIRMS_PER_LINK = 90;
const INDUSTRY = 'perf-industry';
const VIEWPORT = { width: 1440, height: 960 };
const LOAD = { timeout: 60_000 };

/** One industry, its links in a FEEDS chain, and FIRMS_PER_LINK firms per link, half of them local. */
const BUILD_SYNTHETIC_CHAIN = `
MERGE (city:Entity:Region {id: 'nantong'})
  ON CREATE SET city.nameZh = '南通市', city.nameEn = 'Nantong', city.kind = 'city', city.sourceKind = 'illustrative', city.sourceRef = 'perf test'
CREATE (i:Entity:Industry {id: $industry, nameZh: '性能测试产业', nameEn: 'Performance test industry', tier: 'emerging',
        sourceKind: 'illustrative', sourceRef: 'perf test'})
WITH i, city
UNWIND range(0, $links - 1) AS n
CREATE (l:Entity:ChainLink {id: 'perf-link-' + n, nameZh: '环节' + n, nameEn: 'Link ' + n, industryId: $industry,
        stage: CASE WHEN n < $links / 3 THEN 'upstream' WHEN n < 2 * $links / 3 THEN 'midstream' ELSE 'downstream' END,
        order: n, sourceKind: 'illustrative', sourceRef: 'perf test'})
CREATE (i)-[:HAS_LINK {sourceKind: 'illustrative', sourceRef: 'perf test'}]->(l)
WITH l, n, city
UNWIND range(0, $firms - 1) AS f
CREATE (e:Entity:Enterprise {id: 'perf-firm-' + n + '-' + f, nameZh: '示例企业' + n + '-' + f, nameEn: 'Firm ' + n + '-' + f,
        sourceKind: 'illustrative', sourceRef: 'perf test'})
CREATE (e)-[:COVERS {sourceKind: 'illustrative', sourceRef: 'perf test'}]->(l)
FOREACH (_ IN CASE WHEN f % 2 = 0 THEN [1] ELSE [] END |
  CREATE (e)-[:LOCATED_IN {sourceKind: 'illustrative', sourceRef: 'perf test'}]->(city))`;

const LINK_FEEDS = `
MATCH (a:ChainLink {industryId: $industry}), (b:ChainLink {industryId: $industry}) WHERE b.order = a.order + 1
CREATE (a)-[:FEEDS {sourceKind: 'illustrative', sourceRef: 'perf test'}]->(b)`;

/** Resolves after the browser has painted two more frames (the work the last input caused is drawn). */
const TWO_FRAMES = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));


/** A pan (drag), a zoom (wheel) and a click on `target` (a node id in the explorer, or a point), each timed to the next painted frames. */
async function interaction(
  page: Page,
  frame: { x: number; y: number; width: number; height: number },
  target: string | { x: number; y: number },
): Promise<Record<string, number>> {
  const cx = frame.x + frame.width / 2;
  const cy = frame.y + frame.height / 2;
  const timed = async (work: () => Promise<void>) => {
    const started = performance.now();
    await work();
    await page.evaluate(TWO_FRAMES);
    return Math.round(performance.now() - started);
  };
  const panMs = await timed(async () => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 200, cy + 80, { steps: 8 });
    await page.mouse.up();
  });
  const zoomMs = await timed(async () => {
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, -400);
  });
  let point = typeof target === 'string' ? null : target;
  if (typeof target === 'string') {
    // Bring the node into view first (untimed), then find where it is drawn.
    point = await page.evaluate((id) => {
      const cyInstance = window.__innochainCy;
      const node = cyInstance?.getElementById(id);
      cyInstance?.center(node);
      return node?.renderedPosition() ?? null;
    }, target);
    await page.evaluate(TWO_FRAMES);
  }
  const selectMs = await timed(async () => {
    await page.mouse.click(frame.x + (point?.x ?? 0), frame.y + (point?.y ?? 0));
  });
  return { panMs, zoomMs, selectMs };
}

describeInBrowser('an expanded chain of ~2,000 nodes', () => {
  const fx = useBrowserFixture({
    prepare: (db) =>
      db.write(async (tx) => {
        await tx.run(BUILD_SYNTHETIC_CHAIN, { industry: INDUSTRY, links: LINKS, firms: FIRMS_PER_LINK });
        await tx.run(LINK_FEEDS, { industry: INDUSTRY });
      }),
    viewport: VIEWPORT,
  });
  let view: ChainView;

  beforeAll(async () => {
    view = ChainView.parse((await getJson(fx.server.baseUrl, `/api/industries/${INDUSTRY}/chain?expand=all`)).body);
  });

  it('opens aggregated by default, with exact counts and few elements', async () => {
    const aggregated = ChainView.parse((await getJson(fx.server.baseUrl, `/api/industries/${INDUSTRY}/chain`)).body);
    const links = aggregated.elements.flatMap((e) => (e.group === 'nodes' && e.data.role === 'link' ? [e.data] : []));
    expect(links).toHaveLength(LINKS);
    for (const link of links) {
      expect(link.counts?.firms).toBe(FIRMS_PER_LINK);
      expect(link.counts?.localFirms).toBe(FIRMS_PER_LINK / 2);
    }
    expect(aggregated.elements.length).toBeLessThan(300);
    console.log(`[chain-perf] aggregated view: ${aggregated.elements.length} elements for ${LINKS * FIRMS_PER_LINK} firms`);
  });

  it('expands an aggregated link when its "more" node is clicked', async () => {
    const page = await fx.open(`/industries/${INDUSTRY}`);
    await page.waitForSelector('[data-testid=graph][data-rendered=true]', LOAD);
    const graph = page.getByTestId('graph');
    const before = Number(await graph.getAttribute('data-element-count'));
    const box = await graph.boundingBox();
    const more = await page.evaluate(() => {
      const cyInstance = window.__innochainCy;
      const node = cyInstance?.getElementById('more:perf-link-0');
      cyInstance?.center(node);
      return node?.renderedPosition() ?? null;
    });
    await page.evaluate(TWO_FRAMES);
    expect(more && box).toBeTruthy();
    await page.mouse.click((box?.x ?? 0) + (more?.x ?? 0), (box?.y ?? 0) + (more?.y ?? 0));
    await page.waitForURL('**expand=perf-link-0*', LOAD);
    // The expanded link shows all its firms instead of a few and a "more" node.
    await expect
      .poll(async () => Number(await graph.getAttribute('data-element-count')), LOAD)
      .toBe(before + 2 * (FIRMS_PER_LINK - 3) - 2);
    await page.close();
  });

  it('opens a bookmarked member hidden in an aggregated link by expanding that link', async () => {
    const firm = 'perf-firm-5-50';
    const page = await fx.open(`/industries/${INDUSTRY}?node=${firm}`);
    await page.waitForURL('**expand=perf-link-5*', LOAD);
    await expect
      .poll(() => page.evaluate(() => window.__innochainCy?.nodes(':selected').map((n) => n.id())), LOAD)
      .toEqual([firm]);
    await page.close();
  });

  it('draws every element of the expanded view in the explorer and stays interactive', async () => {
    const nodes = view.elements.filter((e) => e.group === 'nodes').length;
    expect(nodes).toBeGreaterThanOrEqual(LINKS * FIRMS_PER_LINK + LINKS + 1);
    const page = await fx.open(`/industries/${INDUSTRY}?expand=all`);
    await page.waitForSelector('[data-testid=graph][data-rendered=true]', LOAD);
    const graph = page.getByTestId('graph');
    expect(await graph.getAttribute('data-element-count')).toBe(String(view.elements.length));
    const marks = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const rendered = performance.getEntriesByName('chain-rendered')[0];
      return { rendered: rendered?.startTime ?? NaN, domReady: nav ? (nav as PerformanceNavigationTiming).domContentLoadedEventEnd : NaN };
    });
    const buildMs = Number(await graph.getAttribute('data-render-ms'));

    // Pan, zoom, then select a firm by clicking it where Cytoscape drew it.
    const firm = 'perf-firm-10-0';
    const box = await graph.boundingBox();
    expect(box).toBeTruthy();
    const round = await interaction(page, box ?? { x: 0, y: 0, ...VIEWPORT }, firm);
    await page.waitForURL(`**node=${firm}*`, LOAD);
    const selected = await page.evaluate(() => window.__innochainCy?.nodes(':selected').map((n) => n.id()));
    expect(selected).toEqual([firm]);
    await page.screenshot({ path: artifactPath('chain-perf-explorer.png') });
    console.log(
      `[chain-perf] explorer: ${view.elements.length} elements (${nodes} nodes); first render ${Math.round(marks.rendered)} ms after navigation ` +
        `(DOM ready ${Math.round(marks.domReady)} ms; Cytoscape build to first frame ${buildMs} ms); ` +
        `pan ${round.panMs} ms, zoom ${round.zoomMs} ms, select ${round.selectMs} ms`,
    );
    await page.close();
  });

  it('draws the same elements with bare Cytoscape and the same preset positions', async () => {
    const layout = layoutChain(view.elements);
    const elements = view.elements.map((e) =>
      e.group === 'nodes'
        ? { group: 'nodes' as const, data: { id: e.data.id }, position: layout.positions[e.data.id] }
        : { group: 'edges' as const, data: { id: e.data.id, source: e.data.source, target: e.data.target } },
    );
    const page = await fx.browser.newPage({ viewport: VIEWPORT });
    await page.setContent(`<!doctype html><html><body style="margin:0"><div id="cy" style="width:${VIEWPORT.width}px;height:${VIEWPORT.height}px"></div></body></html>`);
    await page.addScriptTag({ path: path.resolve(import.meta.dirname, '../../node_modules/cytoscape/dist/cytoscape.min.js') });
    const result = await page.evaluate(async (els) => {
      const started = performance.now();
      const cytoscape = (window as unknown as { cytoscape: (options: unknown) => { elements(): { length: number }; one(e: string, f: () => void): void } }).cytoscape;
      const cy = cytoscape({ container: document.getElementById('cy'), elements: els, layout: { name: 'preset' } });
      await new Promise<void>((resolve) => cy.one('render', () => resolve()));
      return { count: cy.elements().length, ms: Math.round(performance.now() - started) };
    }, elements);
    expect(result.count).toBe(view.elements.length);
    const round = await interaction(page, { x: 0, y: 0, ...VIEWPORT }, { x: VIEWPORT.width / 2, y: VIEWPORT.height / 2 });
    await page.screenshot({ path: artifactPath('chain-perf-bare.png') });
    console.log(
      `[chain-perf] bare Cytoscape: ${result.count} elements, build to first frame ${result.ms} ms; ` +
        `pan ${round.panMs} ms, zoom ${round.zoomMs} ms, click ${round.selectMs} ms`,
    );
    await page.close();
  });
});
