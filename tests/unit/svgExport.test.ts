// The chain view's own SVG serialiser on a headless Cytoscape with the explorer's stylesheet: shapes,
// borders, labels (escaped, wrapped), edges with arrows, all inside the view box, well-formed XML.
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { chainStylesheet } from '../../client/src/views/chains/style';
import { cytoscapeToSvg, escapeXml, labelLines, textWidth } from '../../client/src/views/chains/svgExport';
import { SEVERITY_COLOURS } from '../../client/src/theme/palette';

const instances: cytoscape.Core[] = [];
afterEach(() => {
  // A headless instance keeps timers alive: destroy each so the test process can end.
  for (const cy of instances.splice(0)) cy.destroy();
});

function chain(): cytoscape.Core {
  const node = (id: string, data: Record<string, unknown>, x: number, y: number): cytoscape.ElementDefinition => ({
    group: 'nodes',
    data: { id, ...data },
    position: { x, y },
  });
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: chainStylesheet('zh'),
    // Without it the headless default ('null') puts every node at the origin.
    layout: { name: 'preset' },
    elements: [
      node('industry', { role: 'industry', type: 'Industry', display: '高端纺织' }, 300, 0),
      node('link-a', { role: 'link', type: 'ChainLink', display: '纤维原料\n企业 3 · 平台 1' }, 100, 200),
      node('link-b', { role: 'link', type: 'ChainLink', display: '▲ 纺纱织造', gapSeverity: 'high' }, 400, 200),
      node('firm', { role: 'member', type: 'Enterprise', display: 'Firm <A> & "B" \'C\'' }, 100, 320),
      node('platform', { role: 'holder', type: 'Platform', display: '检测平台', illustrative: true }, 400, 320),
      node('ghost', { role: 'ghost', display: '缺：产业基金\n（未记录）', gapSeverity: 'medium' }, 600, 0),
      { group: 'edges', data: { id: 'feeds', source: 'link-a', target: 'link-b', type: 'FEEDS' } },
      { group: 'edges', data: { id: 'covers', source: 'firm', target: 'link-a', type: 'COVERS' } },
      { group: 'edges', data: { id: 'missing', source: 'industry', target: 'ghost', type: 'MISSING' } },
    ],
  });
  instances.push(cy);
  return cy;
}

/** Tags open and close in order, attributes are quoted, and no bare & or < is left in text. */
function assertWellFormed(svg: string): void {
  const body = svg.replace(/^<\?xml[^>]*\?>\s*/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let match = tag.exec(body); match; match = tag.exec(body)) {
    const text = body.slice(last, match.index);
    expect(text).not.toMatch(/<|&(?!(amp|lt|gt|quot|apos);)/);
    last = tag.lastIndex;
    const [, closing, name = '', , selfClosing] = match;
    if (selfClosing) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else stack.push(name);
  }
  expect(body.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
}

function numbersOf(attribute: string, markup: string): number[] {
  const match = new RegExp(`${attribute}="([^"]*)"`).exec(markup);
  return (match?.[1] ?? '').split(/[ ,]+/).map(Number);
}

describe('SVG export of a Cytoscape drawing', () => {
  it('writes well-formed SVG with one shape per node and a view box around everything', () => {
    const cy = chain();
    const svg = cytoscapeToSvg(cy, { padding: 10 });
    assertWellFormed(svg);
    expect(svg.startsWith('<?xml')).toBe(true);
    const [x = 0, y = 0, w = 0, h = 0] = numbersOf('viewBox', svg);
    cy.nodes().forEach((node) => {
      const p = node.position();
      expect(p.x - node.width() / 2).toBeGreaterThanOrEqual(x);
      expect(p.x + node.width() / 2).toBeLessThanOrEqual(x + w);
      expect(p.y - node.height() / 2).toBeGreaterThanOrEqual(y);
      expect(p.y + node.height() / 2).toBeLessThanOrEqual(y + h);
    });
    // Each node's outline: the member firm is an ellipse, centred on its position.
    const ellipse = /<ellipse[^>]*>/.exec(svg)?.[0] ?? '';
    const firm = cy.getElementById('firm');
    expect(numbersOf('cx', ellipse)[0]).toBe(firm.position().x);
    expect(numbersOf('cy', ellipse)[0]).toBe(firm.position().y);
    expect(numbersOf('rx', ellipse)[0]).toBe(firm.width() / 2);
    // The platform is a diamond polygon with four corners, its fill from the stylesheet; illustrative, yet
    // not pale: made-up data is marked once, by 〔示例〕 in its label, not by a style.
    const diamond = [...svg.matchAll(/<polygon[^>]*>/g)].map((m) => m[0]).find((p) => numbersOf('points', p).length === 8) ?? '';
    expect(diamond).toContain('fill="rgb(198,219,239)"');
    expect(diamond).not.toMatch(/fill-opacity="0\.55"/);
  });

  it('escapes label text and wraps multi-line labels into tspans, upright for illustrative nodes too', () => {
    const svg = cytoscapeToSvg(chain());
    expect(svg).toContain('Firm &lt;A&gt; &amp; &quot;B&quot; &apos;C&apos;');
    expect(svg).not.toContain('<A>');
    const link = /<text[^>]*>(?:(?!<\/text>).)*纤维原料(?:(?!<\/text>).)*<\/text>/.exec(svg)?.[0] ?? '';
    expect(link.match(/<tspan/g)).toHaveLength(2);
    expect(link).toContain('企业 3 · 平台 1');
    const platform = /<text[^>]*>(?:(?!<\/text>).)*检测平台/.exec(svg)?.[0] ?? '';
    expect(platform).not.toContain('font-style="italic"');
  });

  it('draws severity borders by style: double in two strokes, dashed with a dash pattern', () => {
    const cy = chain();
    const svg = cytoscapeToSvg(cy, { background: '#fefefe' });
    const high = SEVERITY_COLOURS.high.toLowerCase();
    const width = cy.getElementById('link-b').numericStyle('border-width') as number;
    const outer = [...svg.matchAll(/<rect[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`stroke="${cssRgb(high)}"`)) ?? '';
    expect(outer).toContain(`stroke-width="${width}"`);
    // The gap of the double line: the same outline again, page-coloured, a third as wide.
    expect(svg).toContain(`stroke="#fefefe" stroke-width="${Math.round((width / 3) * 100) / 100}"`);
    const ghost = [...svg.matchAll(/<rect[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`stroke="${cssRgb(SEVERITY_COLOURS.medium.toLowerCase())}"`)) ?? '';
    expect(ghost).toMatch(/stroke-dasharray="[\d.]+ [\d.]+"/);
  });

  it('ends edges at the node outlines, with the arrow tip on the target', () => {
    const cy = chain();
    const svg = cytoscapeToSvg(cy);
    const a = cy.getElementById('link-a');
    const b = cy.getElementById('link-b');
    // FEEDS runs left to right along y = 200: from link-a's right side to link-b's left side.
    const arrow = [...svg.matchAll(/<polygon[^>]*>/g)].map((m) => m[0]).find((p) => numbersOf('points', p).length === 6) ?? '';
    const points = numbersOf('points', arrow);
    const tipX = points[2] ?? NaN;
    const tipY = points[3] ?? NaN;
    expect(tipX).toBeCloseTo(b.position().x - b.outerWidth() / 2, 1);
    expect(tipY).toBeCloseTo(200, 1);
    const feeds = [...svg.matchAll(/<path d="M([\d.-]+),([\d.-]+) L([\d.-]+),([\d.-]+)"[^>]*>/g)].find((m) => Number(m[2]) === 200 && Number(m[4]) === 200);
    expect(Number(feeds?.[1])).toBeCloseTo(a.position().x + a.outerWidth() / 2, 1);
    // The line stops at the arrow's base, so it does not show through the tip.
    expect(Number(feeds?.[3])).toBeLessThan(tipX);
    // The dashed MISSING edge keeps its dashes.
    expect(svg).toMatch(/<path d="M[^"]*"[^>]*stroke-dasharray/);
  });

  it('estimates label widths and wraps Chinese anywhere, English between words', () => {
    expect(textWidth('产业', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeLessThan(textWidth('产业', 10));
    expect(labelLines('纺纱织造印染整理', { wrap: 'wrap', maxWidth: 40, fontSize: 10, anywhere: true })).toEqual(['纺纱织造', '印染整理']);
    expect(labelLines('spinning and weaving', { wrap: 'wrap', maxWidth: 50, fontSize: 10, anywhere: false })).toEqual(['spinning', 'and', 'weaving']);
    expect(labelLines('a\nb', { wrap: 'none', maxWidth: 10, fontSize: 10, anywhere: false })).toEqual(['a b']);
    expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
  });
});

/** Cytoscape reports colours as rgb(r,g,b). */
function cssRgb(hex: string): string {
  const value = hex.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16));
  return `rgb(${r},${g},${b})`;
}
