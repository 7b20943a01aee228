// Headless Chromium for briefings: one browser per process, launched on first use, shared by every
// render; at most a few renders at a time. Each render gets its own context with scripts and network
// off, so nothing from one briefing can reach another or the outside. playwright-core itself is loaded
// then too: importing it costs half a second of CPU, at every start of a server that may never render.
import type { Browser, BrowserContext } from 'playwright-core';
import { CHROMIUM } from '../chromium';
import { briefingErrors } from '../errors';
import { logger } from '../logger';

const RENDERER = {
  ...CHROMIUM,
  /** Renders running at once; more wait their turn (each holds a page in memory). */
  maxConcurrent: 2,
  /** A render taking longer than this is abandoned. */
  timeoutMs: 60_000,
  /** Pixel density of rasterised diagrams: sharp in print at the width Word shows them. */
  imageScale: 2,
} as const;

let browserPromise: Promise<Browser> | undefined;

function browser(): Promise<Browser> {
  if (!browserPromise) {
    const launching = import('playwright-core')
      .then(({ chromium }) => chromium.launch({ executablePath: RENDERER.executablePath, headless: true, args: [...RENDERER.args] }))
      .then((launched) => {
        launched.on('disconnected', () => {
          // A crashed browser is replaced on the next render.
          if (browserPromise === launching) browserPromise = undefined;
        });
        return launched;
      });
    launching.catch((error: unknown) => {
      if (browserPromise === launching) browserPromise = undefined;
      logger.error({ err: error }, 'briefing renderer: Chromium did not start');
    });
    browserPromise = launching;
  }
  return browserPromise;
}

/** Closes the shared browser (on shutdown, and at the end of tests). Safe to call when none runs. */
export async function closeBriefingRenderer(): Promise<void> {
  const current = browserPromise;
  browserPromise = undefined;
  if (!current) return;
  const launched = await current.catch(() => undefined);
  await launched?.close();
}

let active = 0;
const waiting: (() => void)[] = [];

/** Runs work in a fresh browser context once a render slot is free. */
async function withContext<T>(work: (context: BrowserContext) => Promise<T>, options: { scale?: number } = {}): Promise<T> {
  if (active >= RENDERER.maxConcurrent) await new Promise<void>((resolve) => waiting.push(resolve));
  active += 1;
  try {
    let launched: Browser;
    try {
      launched = await browser();
    } catch {
      throw briefingErrors.rendererUnavailable(RENDERER.executablePath);
    }
    const context = await launched.newContext({
      javaScriptEnabled: false,
      offline: true,
      deviceScaleFactor: options.scale ?? 1,
    });
    context.setDefaultTimeout(RENDERER.timeoutMs);
    try {
      return await work(context);
    } finally {
      await context.close();
    }
  } finally {
    active -= 1;
    waiting.shift()?.();
  }
}

/** SVG drawings as PNGs of the same size at RENDERER.imageScale pixel density, in one render slot. */
export async function svgsToPng(drawings: { svg: string; width: number; height: number }[]): Promise<Buffer[]> {
  if (drawings.length === 0) return [];
  return withContext(
    async (context) => {
      const page = await context.newPage();
      const images: Buffer[] = [];
      for (const drawing of drawings) {
        await page.setViewportSize({ width: Math.ceil(drawing.width), height: Math.ceil(drawing.height) });
        await page.setContent(
          `<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff}svg{display:block}</style></head><body>${drawing.svg}</body></html>`,
          { waitUntil: 'load' },
        );
        images.push(await page.locator('svg').first().screenshot({ type: 'png', animations: 'disabled' }));
      }
      return images;
    },
    { scale: RENDERER.imageScale },
  );
}

/** The HTML view printed to an A4 PDF, with a page-number footer ({page} and {total} placeholders). */
export async function htmlToPdf(html: string, options: { footer: string; fontFamily: string }): Promise<Buffer> {
  return withContext(async (context) => {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const footer = escapeForTemplate(options.footer)
      .replace('{page}', '<span class="pageNumber"></span>')
      .replace('{total}', '<span class="totalPages"></span>');
    return page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: `<div style="width:100%;text-align:center;font-size:8.5pt;color:#333;font-family:${escapeForTemplate(options.fontFamily)}">${footer}</div>`,
      margin: { top: '18mm', bottom: '20mm', left: '17mm', right: '17mm' },
      tagged: true,
      outline: true,
    });
  });
}

function escapeForTemplate(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
