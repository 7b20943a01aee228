// The chain view against bare Cytoscape drawing the same elements, in the same browser and run. One
// explorer visit per industry (untimed) gives what the explorer drew: its elements with their preset
// positions and classes, and the canvas size. Then explorer and bare runs alternate, each in a fresh
// context, so load on the machine falls on both alike. Bare Cytoscape gets the product's stylesheet
// (chainStylesheet) and renderer options: the ratio is the explorer's own cost (React, the page, layout,
// label logic, marks, its listeners), not a different picture.
import path from 'node:path';
import type cytoscape from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { chainStylesheet } from '../../client/src/views/chains/style';
import { launchBrowser } from '../helpers/browser';
import { median, round } from './stats';
import type {} from '../../client/src/views/chains/testHook';

const VIEWPORT = { width: 1440, height: 960 };
const CYTOSCAPE_JS = path.resolve(import.meta.dirname, '../../node_modules/cytoscape/dist/cytoscape.min.js');
/** ChainGraph.tsx's constructor options and fit padding, given to bare Cytoscape too. */
const FIT_PADDING = 16;
const LARGE_GRAPH = 1200;
const TWO_FRAMES = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** One run's figures, in ms. */
interface Figures {
  firstRender: number;
  pan: number;
  zoom: number;
  select: number;
}
/** The explorer's extra breakdown of its first render (its performance marks). */
interface ExplorerSteps {
  beforeBuild: number;
  build: number;
  fit: number;
  frame: number;
  /** Click to the detail panel shown with the firm's data (two frames after): the explorer only. */
  panel: number;
}

export interface ChainCompareResult {
  industryId: string;
  elements: number;
  runs: number;
  explorer: Figures & ExplorerSteps;
  bare: Figures;
  /** Median over the runs of explorer / bare (each explorer run against the bare run right after it). */
  ratio: Figures;
}

interface Drawn {
  elements: unknown[];
  size: { width: number; height: number };
  memberId: string;
}

const timed = async (page: Page, work: () => Promise<void>): Promise<number> => {
  const started = performance.now();
  await work();
  await page.evaluate(TWO_FRAMES);
  return performance.now() - started;
};

/** Pan (a drag), zoom (a wheel turn), then select: `nodeId` brought to the centre at zoom 1 untimed, then clicked. */
async function interact(page: Page, box: { x: number; y: number; width: number; height: number }, cyName: string, nodeId: string, panelSelector?: string) {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const pan = await timed(page, async () => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 200, cy + 80, { steps: 8 });
    await page.mouse.up();
  });
  const zoom = await timed(page, async () => {
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, -400);
  });
  const point = await page.evaluate(
    ([name, id]) => {
      const core = (window as unknown as Record<string, cytoscape.Core>)[name];
      const node = core?.getElementById(id);
      if (!core || !node || node.empty()) return null;
      // At zoom 1, where one node is one target (a 5,000-element chain fits at a zoom of about 0.04).
      core.zoom(1);
      core.center(node);
      return node.renderedPosition();
    },
    [cyName, nodeId] as const,
  );
  if (!point) throw new Error(`${nodeId} is not drawn`);
  // The pointer rests on the node first, as a reader's does before a click: the explorer's hover (it
  // reveals the node's edges) is drawn before the click is timed.
  await page.mouse.move(box.x + point.x, box.y + point.y);
  await page.evaluate(TWO_FRAMES);
  // Select: from the press to the end of Cytoscape's first frame that draws the firm selected, read in
  // the page (the canvas's answer, like for like). The explorer's panel is timed apart, after it.
  // The listeners are in place before the press (an evaluate not awaited can run after it).
  await page.evaluate((name) => {
    const core = (window as unknown as Record<string, cytoscape.Core>)[name];
    (window as unknown as { __selectDrawn: Promise<number> }).__selectDrawn = new Promise<number>((resolve, reject) => {
      let pressed = Number.NaN;
      document.addEventListener('mousedown', () => (pressed = performance.now()), { capture: true, once: true });
      core?.one('select', 'node', () => core.one('render', () => resolve(performance.now() - pressed)));
      setTimeout(() => reject(new Error('no selection drawn within 10 s of the click')), 10_000);
    });
  }, cyName);
  const clicked = performance.now();
  await page.mouse.click(box.x + point.x, box.y + point.y);
  const select = await page.evaluate(() => (window as unknown as { __selectDrawn: Promise<number> }).__selectDrawn);
  let panel = Number.NaN;
  if (panelSelector) {
    await page.waitForSelector(panelSelector);
    await page.evaluate(TWO_FRAMES);
    panel = performance.now() - clicked;
  }
  const selected = await page.evaluate((name) => (window as unknown as Record<string, cytoscape.Core>)[name]?.nodes(':selected').map((n) => n.id()), cyName);
  if (selected?.[0] !== nodeId) throw new Error(`clicking ${nodeId} selected ${JSON.stringify(selected)}`);
  return { pan, zoom, select, panel };
}

async function openExplorer(browser: Browser, url: string, timeoutMs: number) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-testid=graph][data-rendered=true]', { timeout: timeoutMs });
  const box = (await page.getByTestId('graph').boundingBox()) ?? { x: 0, y: 0, ...VIEWPORT };
  return { context, page, box };
}

/** What the explorer drew, to give bare Cytoscape (an untimed visit, which also warms the server). */
async function captureDrawn(browser: Browser, url: string, timeoutMs: number): Promise<Drawn> {
  const { context, page, box } = await openExplorer(browser, url, timeoutMs);
  try {
    const drawn = await page.evaluate(() => {
      const core = window.__innochainCy;
      if (!core) return null;
      const elements = core.elements().map((e) => {
        const json = e.json() as { group: string; data: unknown; position?: unknown; classes?: string; selectable?: boolean; grabbable?: boolean };
        return { group: json.group, data: json.data, position: json.position, classes: json.classes, selectable: json.selectable, grabbable: json.grabbable };
      });
      // A firm in the middle of the chain's members: away from link boxes and the canvas's edges.
      const firms = core.nodes('[role = "member"][type = "Enterprise"]').map((n) => n.id());
      const memberId = firms[Math.floor(firms.length / 2)] ?? '';
      return { elements, memberId };
    });
    if (!drawn?.memberId) throw new Error(`no chain with members drawn at ${url}`);
    return { ...drawn, size: { width: Math.round(box.width), height: Math.round(box.height) } };
  } finally {
    await context.close();
  }
}

async function explorerRun(browser: Browser, url: string, memberId: string, timeoutMs: number): Promise<Figures & ExplorerSteps> {
  const { context, page, box } = await openExplorer(browser, url, timeoutMs);
  try {
    const marks = await page.evaluate(() => {
      // No named helper functions in here: tsx would wrap them in a helper the page does not have.
      const [build = Number.NaN, built = Number.NaN, fitted = Number.NaN, rendered = Number.NaN] = ['chain-build', 'chain-built', 'chain-fitted', 'chain-rendered'].map(
        (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
      );
      const call = performance.getEntriesByType('resource').find((e) => e.name.includes('/chain')) as PerformanceResourceTiming | undefined;
      const data = call?.responseEnd ?? Number.NaN;
      return { firstRender: rendered - data, beforeBuild: build - data, build: built - build, fit: fitted - built, frame: rendered - fitted };
    });
    return { ...marks, ...(await interact(page, box, '__innochainCy', memberId, '[data-testid=detail]')) };
  } finally {
    await context.close();
  }
}

async function bareRun(browser: Browser, drawn: Drawn, json: string, style: unknown): Promise<Figures> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const { width, height } = drawn.size;
    await page.setContent(`<!doctype html><html><body style="margin:0"><div id="cy" style="width:${width}px;height:${height}px"></div></body></html>`);
    await page.addScriptTag({ path: CYTOSCAPE_JS });
    const options = { minZoom: 0.03, maxZoom: 3, boxSelectionEnabled: false, selectionType: 'single', textureOnViewport: false, hideEdgesOnViewport: drawn.elements.length > LARGE_GRAPH };
    const firstRender = await page.evaluate(
      async ({ json, style, options, padding }) => {
        const started = performance.now();
        const factory = (window as unknown as { cytoscape: typeof cytoscape }).cytoscape;
        const elements = JSON.parse(json) as cytoscape.ElementDefinition[];
        const core = factory({ container: document.getElementById('cy'), elements, style, layout: { name: 'preset' }, ...options } as cytoscape.CytoscapeOptions);
        core.fit(undefined, padding);
        (window as unknown as { __bareCy: unknown }).__bareCy = core;
        await new Promise<void>((resolve) => core.one('render', () => resolve()));
        return performance.now() - started;
      },
      { json, style, options, padding: FIT_PADDING },
    );
    const { pan, zoom, select } = await interact(page, { x: 0, y: 0, width, height }, '__bareCy', drawn.memberId);
    return { firstRender, pan, zoom, select };
  } finally {
    await context.close();
  }
}

export async function benchChainCompare(
  baseUrl: string,
  industries: readonly { industryId: string; targetElements: number }[],
  options: { repeats: number; timeoutMs: number; lang?: 'zh' | 'en'; log: (line: string) => void },
): Promise<ChainCompareResult[]> {
  const browser = await launchBrowser();
  try {
    const results: ChainCompareResult[] = [];
    for (const { industryId } of industries) {
      const url = `${baseUrl}/industries/${industryId}?expand=all`;
      const drawn = await captureDrawn(browser, url, options.timeoutMs);
      const json = JSON.stringify(drawn.elements);
      const elements = drawn.elements.filter((e) => (e as { classes?: string }).classes !== 'decor').length;
      const style = chainStylesheet(options.lang ?? 'zh', elements);
      // One unmeasured round of each, then alternate.
      await explorerRun(browser, url, drawn.memberId, options.timeoutMs);
      await bareRun(browser, drawn, json, style);
      const explorer: (Figures & ExplorerSteps)[] = [];
      const bare: Figures[] = [];
      for (let r = 0; r < options.repeats; r++) {
        explorer.push(await explorerRun(browser, url, drawn.memberId, options.timeoutMs));
        bare.push(await bareRun(browser, drawn, json, style));
      }
      const med = <T extends object>(runs: T[], key: keyof T) => round(median(runs.map((f) => f[key] as number)));
      const e = {
        firstRender: med(explorer, 'firstRender'), pan: med(explorer, 'pan'), zoom: med(explorer, 'zoom'), select: med(explorer, 'select'),
        beforeBuild: med(explorer, 'beforeBuild'), build: med(explorer, 'build'), fit: med(explorer, 'fit'), frame: med(explorer, 'frame'), panel: med(explorer, 'panel'),
      };
      const b = { firstRender: med(bare, 'firstRender'), pan: med(bare, 'pan'), zoom: med(bare, 'zoom'), select: med(bare, 'select') };
      // Each explorer run over the bare run made right after it (the same load on the machine), then the median.
      const paired = (key: keyof Figures) => round(median(explorer.map((f, i) => f[key] / (bare[i]?.[key] ?? Number.NaN))), 2);
      const ratio = { firstRender: paired('firstRender'), pan: paired('pan'), zoom: paired('zoom'), select: paired('select') };
      results.push({ industryId, elements, runs: options.repeats, explorer: e, bare: b, ratio });
      options.log(
        `  ${industryId}: ${elements} elements, ${options.repeats} runs each (medians explorer / bare, median of paired ratios): ` +
          `first render ${e.firstRender} / ${b.firstRender} ms, ${ratio.firstRender}× ` +
          `(explorer: ${e.beforeBuild} before the build, build ${e.build}, fit ${e.fit}, first frame ${e.frame}); ` +
          `pan ${e.pan} / ${b.pan}, ${ratio.pan}×; zoom ${e.zoom} / ${b.zoom}, ${ratio.zoom}×; select ${e.select} / ${b.select}, ${ratio.select}× (explorer's panel ${e.panel})`,
      );
    }
    return results;
  } finally {
    await browser.close();
  }
}
