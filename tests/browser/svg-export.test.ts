// The chain view's own SVG export in Chromium: the file has a shape and a label for every node drawn
// on the canvas, Chromium renders it, and it is compared by eye with the canvas (screenshots side by side).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';
import type {} from '../../client/src/views/chains/testHook';

const LOAD = { timeout: 30_000 };


describeInBrowser('SVG export of the chain view', () => {
  const fx = useBrowserFixture({ datasets: ['nantong', 'demo'] });

  it('writes every drawn node and edge, with the link names, and renders in a browser', async () => {
    const page = await fx.open('/industries/high-end-textiles?expand=all', { acceptDownloads: true });
    await page.waitForSelector('[data-testid=graph][data-rendered=true]', LOAD);
    const drawn = await page.evaluate(() => {
      const cy = window.__innochainCy;
      return { nodes: cy?.nodes().filter((n) => n.visible()).length ?? 0, edges: cy?.edges().filter((e) => e.visible()).length ?? 0 };
    });
    await page.getByTestId('graph').screenshot({ path: artifactPath('svg-export-canvas.png') });
    const [download] = await Promise.all([page.waitForEvent('download', LOAD), page.getByTestId('export-svg').click()]);
    expect(download.suggestedFilename()).toBe('high-end-textiles-chain.svg');
    const file = artifactPath('svg-export.svg');
    await download.saveAs(file);
    const svg = readFileSync(file, 'utf8');
    expect(svg).not.toMatch(/cytoscape-svg/i);
    // One outline per node (decor bands included) and one path per edge.
    const shapes = svg.match(/^<(rect|ellipse|polygon|path d="M[^"]*Q[^"]*Z")/gm) ?? [];
    expect((svg.match(/<path d="M[^"]*" fill="none"/g) ?? []).length).toBe(drawn.edges);
    expect(shapes.length).toBeGreaterThanOrEqual(drawn.nodes);
    const links = await fx.db.read((tx) => tx.run("MATCH (:Industry {id: 'high-end-textiles'})-[:HAS_LINK]->(l) RETURN l.nameZh AS name"));
    for (const record of links.records) expect(svg).toContain(record.get('name') as string);

    // Chromium draws it (a broken file would show its error page instead of an <svg> root).
    const viewer = await fx.browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await viewer.goto(`file://${file}`);
    expect(await viewer.evaluate(() => document.documentElement.tagName.toLowerCase())).toBe('svg');
    expect(await viewer.locator('text').count()).toBeGreaterThan(links.records.length);
    await viewer.screenshot({ path: artifactPath('svg-export-rendered.png') });
    await viewer.close();
    await page.close();
  });
});
