// Chain views in headless Chromium (Debian's, through playwright-core): every link expanded, a fresh
// browser context per run (nothing cached), time from navigation to the first frame Cytoscape draws,
// and a pan, a zoom and a click on a firm, each timed to the next two painted frames.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { summarise, type Timing } from './stats';
import type {} from '../../client/src/views/chains/testHook';

export interface ChainRenderResult {
  industryId: string;
  targetElements: number;
  /** Elements Cytoscape drew (nodes and edges, not decoration). */
  elements: number;
  /** Navigation start to the first frame of the chain (page, script, API call, layout, drawing). */
  firstRender: Timing;
  /** Navigation start to DOMContentLoaded: HTML, script parsed and run. */
  pageReady: Timing;
  /** The chain API call as the page saw it. */
  api: Timing;
  /** From the API response to the first frame: layout, Cytoscape, React. */
  afterData: Timing;
  /** Cytoscape alone: building the instance to its first frame. */
  cytoscape: Timing;
  /** Its steps (the explorer's marks): instance and elements, fit to the view (styles, label sizes), first frame. */
  build: Timing;
  fit: Timing;
  frame: Timing;
  pan: Timing;
  zoom: Timing;
  select: Timing;
}

const VIEWPORT = { width: 1440, height: 960 };
const TWO_FRAMES = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));


interface RunFigures {
  elements: number;
  firstRender: number;
  pageReady: number;
  api: number;
  afterData: number;
  cytoscape: number;
  build: number;
  fit: number;
  frame: number;
  pan: number;
  zoom: number;
  select: number | null;
}

async function timedFrames(page: Page, work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  await page.evaluate(TWO_FRAMES);
  return performance.now() - started;
}

async function oneRun(browser: Browser, url: string, timeoutMs: number): Promise<RunFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('[data-testid=graph][data-rendered=true]', { timeout: timeoutMs });
    const graph = page.getByTestId('graph');
    const marks = await page.evaluate(() => {
      // No named helper functions in here: tsx would wrap them in a helper the page does not have.
      const [rendered = Number.NaN, build = Number.NaN, built = Number.NaN, fitted = Number.NaN] = ['chain-rendered', 'chain-build', 'chain-built', 'chain-fitted'].map(
        (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
      );
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const call = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/industries/')) as PerformanceResourceTiming | undefined;
      return {
        rendered,
        pageReady: nav?.domContentLoadedEventEnd ?? Number.NaN,
        api: call ? call.responseEnd - call.startTime : Number.NaN,
        afterData: call ? rendered - call.responseEnd : Number.NaN,
        build: built - build,
        fit: fitted - built,
        frame: rendered - fitted,
      };
    });
    const elements = Number(await graph.getAttribute('data-element-count'));
    const cytoscape = Number(await graph.getAttribute('data-render-ms'));
    const box = (await graph.boundingBox()) ?? { x: 0, y: 0, ...VIEWPORT };
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const pan = await timedFrames(page, async () => {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      await page.mouse.move(cx + 200, cy + 80, { steps: 8 });
      await page.mouse.up();
    });
    const zoom = await timedFrames(page, async () => {
      await page.mouse.move(cx, cy);
      await page.mouse.wheel(0, -400);
    });
    // A firm brought into view (untimed), then clicked where it is drawn.
    const point = await page.evaluate(() => {
      const cyInstance = window.__innochainCy;
      const id = cyInstance?.nodes('[role = "member"]').map((n) => n.id())[0];
      if (!cyInstance || !id) return null;
      const node = cyInstance.getElementById(id);
      cyInstance.center(node);
      return node.renderedPosition();
    });
    let select: number | null = null;
    if (point) {
      await page.evaluate(TWO_FRAMES);
      select = await timedFrames(page, async () => {
        await page.mouse.click(box.x + point.x, box.y + point.y);
      });
    }
    const { build, fit, frame } = marks;
    return { elements, firstRender: marks.rendered, pageReady: marks.pageReady, api: marks.api, afterData: marks.afterData, cytoscape, build, fit, frame, pan, zoom, select };
  } finally {
    await context.close();
  }
}

export async function benchChainViews(
  baseUrl: string,
  showcase: readonly { industryId: string; targetElements: number }[],
  options: { repeats: number; timeoutMs: number; log: (line: string) => void },
): Promise<ChainRenderResult[]> {
  const browser = await launchBrowser();
  try {
    const results: ChainRenderResult[] = [];
    for (const { industryId, targetElements } of showcase) {
      const url = `${baseUrl}/industries/${industryId}?expand=all`;
      // The first visit is kept apart (as firstMs): the server computes the industry's gap facts then.
      const first = await oneRun(browser, url, options.timeoutMs);
      const runs: RunFigures[] = [];
      for (let r = 0; r < options.repeats; r++) runs.push(await oneRun(browser, url, options.timeoutMs));
      const of = (pick: (f: RunFigures) => number | null) =>
        summarise(runs.map(pick).filter((v): v is number => v !== null && Number.isFinite(v)), pick(first));
      const result: ChainRenderResult = {
        industryId,
        targetElements,
        elements: runs[0]?.elements ?? 0,
        firstRender: of((f) => f.firstRender),
        pageReady: of((f) => f.pageReady),
        api: of((f) => f.api),
        afterData: of((f) => f.afterData),
        cytoscape: of((f) => f.cytoscape),
        build: of((f) => f.build),
        fit: of((f) => f.fit),
        frame: of((f) => f.frame),
        pan: of((f) => f.pan),
        zoom: of((f) => f.zoom),
        select: of((f) => f.select),
      };
      results.push(result);
      options.log(
        `  ${industryId}: ${result.elements} elements, first render ${result.firstRender.medianMs} ms ` +
          `(page ready ${result.pageReady.medianMs} ms, API ${result.api.medianMs} ms, then ${result.afterData.medianMs} ms to the first frame, ` +
          `Cytoscape ${result.cytoscape.medianMs} ms of it: build ${result.build.medianMs}, fit ${result.fit.medianMs}, ` +
          `first frame ${result.frame.medianMs}); pan ${result.pan.medianMs} ms, ` +
          `zoom ${result.zoom.medianMs} ms, select ${result.select.medianMs} ms`,
      );
    }
    return results;
  } finally {
    await browser.close();
  }
}
