// A large expanded chain (12 links × 56 firms, about 1,400 elements with edges: past the 1,200 above
// which ChainGraph hides edges while the viewport moves and draws member labels on one line) opens,
// draws every element and stays interactive. Correctness only: how fast it draws, against bare
// Cytoscape, is measured by the bench (npm run bench -- --only chain-view, BENCHMARKS.md).
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { ChainView } from '../../graph/model/chainView';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';
import { getJson } from '../helpers/server';
import type {} from '../../client/src/views/chains/testHook';

const LINKS = 12;
const FIRMS_PER_LINK = 56;
/** ChainGraph's LARGE_GRAPH: the chain must be past it. */
const LARGE_GRAPH = 1200;
const INDUSTRY = 'perf-industry';
const VIEWPORT = { width: 1440, height: 960 };
const LOAD = { timeout: 60_000 };

/** One industry, its links in a FEEDS chain, and FIRMS_PER_LINK firms per link, half of them local. */
const BUILD_SYNTHETIC_CHAIN = `
MERGE (city:Entity:Region {id: 'nantong'})
  ON CREATE SET city.nameZh = '南通市', city.nameEn = 'Nantong', city.kind = 'city', city.sourceKind = 'illustrative', city.sourceRef = 'perf test'
CREATE (i:Entity:Industry {id: $industry, nameZh: '性能测试产业', nameEn: 'Performance test industry', tier: 'emerging',
        sourceKind: 'illustrative', sourceRef: 'perf test'})
CREATE (i)-[:KEY_INDUSTRY_OF {sourceKind: 'illustrative', sourceRef: 'perf test'}]->(city)
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


/** The viewport as Cytoscape has it. */
const viewport = (page: Page) =>
  page.evaluate(() => {
    const cyInstance = window.__innochainCy;
    return { zoom: cyInstance?.zoom() ?? 0, pan: { ...(cyInstance?.pan() ?? { x: 0, y: 0 }) } };
  });

describeInBrowser('a large expanded chain', () => {
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

  it('draws every element of the expanded view and stays interactive (pan, zoom, select)', async () => {
    const nodes = view.elements.filter((e) => e.group === 'nodes').length;
    expect(nodes).toBeGreaterThanOrEqual(LINKS * FIRMS_PER_LINK + LINKS + 1);
    expect(view.elements.length).toBeGreaterThan(LARGE_GRAPH);
    const page = await fx.open(`/industries/${INDUSTRY}?expand=all`);
    await page.waitForSelector('[data-testid=graph][data-rendered=true]', LOAD);
    const graph = page.getByTestId('graph');
    expect(await graph.getAttribute('data-element-count')).toBe(String(view.elements.length));
    const box = await graph.boundingBox();
    expect(box).toBeTruthy();
    const { x, y } = box ?? { x: 0, y: 0 };

    // Pan (a drag from the fit's empty margin, so no node is grabbed) moves the drawing with the pointer;
    // zoom (a wheel turn) enlarges it.
    const before = await viewport(page);
    await page.mouse.move(x + 6, y + 6);
    await page.mouse.down();
    await page.mouse.move(x + 206, y + 86, { steps: 4 });
    await page.mouse.up();
    const panned = await viewport(page);
    expect(panned.pan.x - before.pan.x).toBeGreaterThan(150);
    expect(panned.pan.y - before.pan.y).toBeGreaterThan(50);
    await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await viewport(page)).zoom, LOAD).toBeGreaterThan(panned.zoom);

    // Select a firm by clicking it where Cytoscape drew it (brought to the centre at zoom 1 first).
    const firm = 'perf-firm-6-0';
    const point = await page.evaluate((id) => {
      const cyInstance = window.__innochainCy;
      const node = cyInstance?.getElementById(id);
      cyInstance?.zoom(1);
      cyInstance?.center(node);
      return node?.renderedPosition() ?? null;
    }, firm);
    await page.evaluate(TWO_FRAMES);
    expect(point).toBeTruthy();
    await page.mouse.click(x + (point?.x ?? 0), y + (point?.y ?? 0));
    await page.waitForURL(`**node=${firm}*`, LOAD);
    const selected = await page.evaluate(() => window.__innochainCy?.nodes(':selected').map((n) => n.id()));
    expect(selected).toEqual([firm]);
    await page.screenshot({ path: artifactPath('chain-perf-explorer.png') });
    await page.close();
  });
});
