// Our own SVG serialiser of a Cytoscape drawing (the GPL-licensed cytoscape-svg is not shipped). It reads
// only Cytoscape's public API — positions, sizes, computed styles, edge end points — and writes plain
// SVG: node shapes with their fill and border (solid, dashed, dotted, double), wrapped labels, edges
// (straight, bezier, segments) with arrows. The whole drawing is exported at model scale, as the PNG
// export does with `full: true`. Works on a headless instance too (used by the unit test), where edge
// end points are computed here from the node shapes.
import type cytoscape from 'cytoscape';

export interface SvgExportOptions {
  /** Space around the drawing, in model units. */
  padding?: number;
  /** Page colour behind the drawing; it also forms the gap inside double borders. */
  background?: string;
}

const DEFAULTS: Required<SvgExportOptions> = { padding: 20, background: '#ffffff' };

interface Point {
  x: number;
  y: number;
}

/** The drawing's extent, grown as each piece is written. */
class Bounds {
  x1 = Infinity;
  y1 = Infinity;
  x2 = -Infinity;
  y2 = -Infinity;
  add(x: number, y: number): void {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    this.x1 = Math.min(this.x1, x);
    this.y1 = Math.min(this.y1, y);
    this.x2 = Math.max(this.x2, x);
    this.y2 = Math.max(this.y2, y);
  }
  addBox(cx: number, cy: number, w: number, h: number): void {
    this.add(cx - w / 2, cy - h / 2);
    this.add(cx + w / 2, cy + h / 2);
  }
  get empty(): boolean {
    return this.x1 > this.x2;
  }
}

/** Text and attribute values, safe inside XML. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

const n = (value: number): string => String(Math.round(value * 100) / 100);

function attrs(values: Record<string, string | number | undefined | null>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? n(v) : String(v))}"`)
    .join('');
}

function str(ele: cytoscape.SingularElementArgument, property: string): string {
  const value: unknown = ele.style(property);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function num(ele: cytoscape.SingularElementArgument, property: string, fallback = 0): number {
  const value = ele.numericStyle(property) as unknown;
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

// ---------------------------------------------------------------- node shapes (as Cytoscape draws them)

function unitNgon(sides: number, rotation = 0): number[] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  const points: number[] = [];
  for (let i = 0; i < sides; i += 1) points.push(Math.cos(start + i * step), Math.sin(-(start + i * step)));
  return points;
}

function ngon(sides: number): number[] {
  return fitToSquare(unitNgon(sides));
}

/** Stretches unit points to fill [-1, 1] both ways, as Cytoscape's polygon shapes do. */
function fitToSquare(points: number[]): number[] {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return points.map((v, i) => (i % 2 === 0 ? ((v - minX) / (maxX - minX)) * 2 - 1 : ((v - minY) / (maxY - minY)) * 2 - 1));
}

/** Unit polygons (x, y pairs in [-1, 1]) of Cytoscape's polygon shapes; "round-" variants share them. */
const POLYGONS: Record<string, number[]> = {
  triangle: ngon(3),
  pentagon: ngon(5),
  hexagon: ngon(6),
  heptagon: ngon(7),
  octagon: ngon(8),
  diamond: [0, 1, 1, 0, 0, -1, -1, 0],
  tag: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
  vee: [-1, -1, 0, -0.333, 1, -1, 0, 1],
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  'right-rhomboid': [-0.333, -1, 1, -1, 0.333, 1, -1, 1],
  'concave-hexagon': [-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95],
  star: starPoints(),
};

function starPoints(): number[] {
  const outer = unitNgon(5);
  const inner = unitNgon(5, Math.PI / 5);
  const radius = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const points: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    points.push(outer[2 * i] ?? 0, outer[2 * i + 1] ?? 0, (inner[2 * i] ?? 0) * radius, (inner[2 * i + 1] ?? 0) * radius);
  }
  return fitToSquare(points);
}

const RECTANGLES = new Set(['rectangle', 'square', 'round-rectangle', 'roundrectangle', 'cut-rectangle', 'cutrectangle', 'bottom-round-rectangle', 'bottomroundrectangle', 'barrel']);

function baseShape(shape: string): string {
  return shape.startsWith('round-') && shape !== 'round-rectangle' ? shape.slice('round-'.length) : shape;
}

/** The SVG element (without closing) for a node's outline; stroke and fill are added by the caller. */
function shapeElement(shape: string, c: Point, w: number, h: number): { tag: string; geometry: Record<string, string | number> } {
  const x = c.x - w / 2;
  const y = c.y - h / 2;
  switch (shape) {
    case 'ellipse':
      return { tag: 'ellipse', geometry: { cx: c.x, cy: c.y, rx: w / 2, ry: h / 2 } };
    case 'rectangle':
    case 'square':
      return { tag: 'rect', geometry: { x, y, width: w, height: h } };
    case 'round-rectangle':
    case 'roundrectangle':
    case 'bottom-round-rectangle':
    case 'bottomroundrectangle': {
      const r = Math.min(w / 4, h / 4, 8);
      return { tag: 'rect', geometry: { x, y, width: w, height: h, rx: r, ry: r } };
    }
    case 'cut-rectangle':
    case 'cutrectangle': {
      const k = Math.min(8, w / 4, h / 4);
      const pts = [x + k, y, x + w - k, y, x + w, y + k, x + w, y + h - k, x + w - k, y + h, x + k, y + h, x, y + h - k, x, y + k];
      return { tag: 'polygon', geometry: { points: pairs(pts) } };
    }
    case 'barrel': {
      const k = h * 0.08;
      const d = `M${n(x)},${n(y + k)} Q${n(c.x)},${n(y - k)} ${n(x + w)},${n(y + k)} L${n(x + w)},${n(y + h - k)} Q${n(c.x)},${n(y + h + k)} ${n(x)},${n(y + h - k)} Z`;
      return { tag: 'path', geometry: { d } };
    }
    default: {
      const unit = POLYGONS[baseShape(shape)];
      if (!unit) return { tag: 'ellipse', geometry: { cx: c.x, cy: c.y, rx: w / 2, ry: h / 2 } };
      const pts = unit.map((v, i) => (i % 2 === 0 ? c.x + (v * w) / 2 : c.y + (v * h) / 2));
      return { tag: 'polygon', geometry: { points: pairs(pts) } };
    }
  }
}

function pairs(values: number[]): string {
  const out: string[] = [];
  for (let i = 0; i + 1 < values.length; i += 2) out.push(`${n(values[i] ?? 0)},${n(values[i + 1] ?? 0)}`);
  return out.join(' ');
}

/** Dash patterns close to the canvas ones, kept distinguishable at any border width. */
function dashArray(style: string, width: number): string | undefined {
  if (style === 'dashed') return `${n(Math.max(4, width * 2))} ${n(Math.max(2, width))}`;
  if (style === 'dotted') return `${n(Math.max(0.5, width * 0.1))} ${n(Math.max(2, width * 1.6))}`;
  return undefined;
}

/** Where a line from a node's centre towards `toward` leaves its outline (no renderer needed). */
function outlinePoint(node: cytoscape.NodeSingular, toward: Point): Point {
  const c = node.position();
  const a = node.outerWidth() / 2;
  const b = node.outerHeight() / 2;
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if ((dx === 0 && dy === 0) || a === 0 || b === 0) return { ...c };
  const shape = baseShape(str(node, 'shape'));
  let t: number;
  if (RECTANGLES.has(shape)) t = Math.min(dx === 0 ? Infinity : a / Math.abs(dx), dy === 0 ? Infinity : b / Math.abs(dy));
  else if (shape === 'diamond') t = 1 / (Math.abs(dx) / a + Math.abs(dy) / b);
  else t = 1 / Math.sqrt((dx / a) ** 2 + (dy / b) ** 2);
  return { x: c.x + dx * t, y: c.y + dy * t };
}

// ---------------------------------------------------------------- labels

/** Estimated advance of a text: CJK and full-width glyphs are square, Latin about half as wide. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += code >= 0x2e80 || (code >= 0x25a0 && code <= 0x27bf) ? 1 : ch === ' ' ? 0.3 : 0.56;
  }
  return units * fontSize * (bold ? 1.05 : 1);
}

/** Label lines as Cytoscape lays them out: explicit breaks, then wrapping at text-max-width. */
export function labelLines(text: string, options: { wrap: string; maxWidth: number; fontSize: number; anywhere: boolean; bold?: boolean }): string[] {
  if (options.wrap === 'none') return [text.replace(/\n/g, ' ')];
  const fits = (s: string) => textWidth(s, options.fontSize, options.bold) <= options.maxWidth;
  if (options.wrap === 'ellipsis') {
    let line = text.replace(/\n/g, ' ');
    if (fits(line)) return [line];
    while (line.length > 0 && !fits(`${line}…`)) line = [...line].slice(0, -1).join('');
    return [`${line}…`];
  }
  if (options.wrap !== 'wrap') return [text];
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    const words = options.anywhere ? [...paragraph] : paragraph.split(/(\s+)/);
    let line = '';
    for (const word of words) {
      const candidate = line + word;
      if (line === '' || fits(candidate)) {
        line = candidate;
        continue;
      }
      out.push(line.trimEnd());
      line = word.trimStart();
      // A single word wider than the limit breaks between characters.
      while (!fits(line) && [...line].length > 1) {
        let head = '';
        for (const ch of line) {
          if (!fits(head + ch) && head !== '') break;
          head += ch;
        }
        out.push(head);
        line = line.slice(head.length);
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}

interface LabelBox {
  /** Anchor of the text block. */
  x: number;
  top: number;
  anchor: 'start' | 'middle' | 'end';
}

function labelMarkup(ele: cytoscape.SingularElementArgument, box: (lines: string[], fontSize: number, lineStep: number) => LabelBox, bounds: Bounds): string {
  const text = str(ele, 'label');
  if (text.trim() === '') return '';
  const fontSize = num(ele, 'font-size', 12);
  const weight = str(ele, 'font-weight');
  const bold = weight === 'bold' || Number(weight) >= 600;
  const lines = labelLines(text, {
    wrap: str(ele, 'text-wrap'),
    maxWidth: num(ele, 'text-max-width', 9999),
    fontSize,
    anywhere: str(ele, 'text-overflow-wrap') === 'anywhere',
    bold,
  });
  const lineStep = fontSize * Math.max(1, num(ele, 'line-height', 1)) * 1.2;
  const at = box(lines, fontSize, lineStep);
  const widest = Math.max(...lines.map((l) => textWidth(l, fontSize, bold)));
  const left = at.anchor === 'middle' ? at.x - widest / 2 : at.anchor === 'end' ? at.x - widest : at.x;
  bounds.add(left, at.top);
  bounds.add(left + widest, at.top + lines.length * lineStep);
  const tspans = lines
    .map((line, i) => `<tspan${attrs({ x: at.x, y: at.top + i * lineStep + fontSize * 0.92 })}>${escapeXml(line)}</tspan>`)
    .join('');
  return `<text${attrs({
    'font-size': fontSize,
    'font-family': str(ele, 'font-family'),
    'font-style': str(ele, 'font-style') === 'italic' ? 'italic' : undefined,
    'font-weight': bold ? 'bold' : undefined,
    fill: str(ele, 'color') || '#000000',
    'fill-opacity': num(ele, 'text-opacity', 1) < 1 ? num(ele, 'text-opacity', 1) : undefined,
    'text-anchor': at.anchor,
  })}>${tspans}</text>`;
}

// ---------------------------------------------------------------- nodes and edges

function nodeMarkup(node: cytoscape.NodeSingular, background: string, bounds: Bounds): string {
  const c = node.position();
  const w = node.width();
  const h = node.height();
  const shape = str(node, 'shape') || 'ellipse';
  const borderWidth = num(node, 'border-width');
  const borderStyle = str(node, 'border-style') || 'solid';
  const opacity = num(node, 'opacity', 1);
  bounds.addBox(c.x, c.y, w + borderWidth, h + borderWidth);
  const { tag, geometry } = shapeElement(shape, c, w, h);
  const parts: string[] = [];
  const underlay = num(node, 'underlay-opacity');
  if (underlay > 0) {
    const pad = num(node, 'underlay-padding');
    parts.push(`<rect${attrs({ x: c.x - w / 2 - pad, y: c.y - h / 2 - pad, width: w + 2 * pad, height: h + 2 * pad, rx: pad, fill: str(node, 'underlay-color'), 'fill-opacity': underlay })}/>`);
  }
  parts.push(
    `<${tag}${attrs({
      ...geometry,
      fill: str(node, 'background-color') || '#999999',
      'fill-opacity': num(node, 'background-opacity', 1) < 1 ? num(node, 'background-opacity', 1) : undefined,
      stroke: borderWidth > 0 ? str(node, 'border-color') : 'none',
      'stroke-width': borderWidth > 0 ? borderWidth : undefined,
      'stroke-opacity': borderWidth > 0 && num(node, 'border-opacity', 1) < 1 ? num(node, 'border-opacity', 1) : undefined,
      'stroke-dasharray': borderWidth > 0 ? dashArray(borderStyle, borderWidth) : undefined,
      'stroke-linecap': borderStyle === 'dotted' ? 'round' : undefined,
      'stroke-linejoin': shape.startsWith('round-') ? 'round' : undefined,
    })}/>`,
  );
  // A double border: the canvas erases the middle third of the stroke; here the page colour covers it.
  if (borderWidth > 0 && borderStyle === 'double') {
    parts.push(`<${tag}${attrs({ ...geometry, fill: 'none', stroke: background, 'stroke-width': borderWidth / 3 })}/>`);
  }
  parts.push(
    labelMarkup(
      node,
      (lines, fontSize, lineStep) => {
        const height = lines.length * lineStep;
        const marginX = num(node, 'text-margin-x');
        const marginY = num(node, 'text-margin-y');
        const halign = str(node, 'text-halign');
        const valign = str(node, 'text-valign');
        const x = halign === 'left' ? c.x - w / 2 + marginX : halign === 'right' ? c.x + w / 2 + marginX : c.x + marginX;
        const anchor = halign === 'left' ? 'end' : halign === 'right' ? 'start' : 'middle';
        const top =
          valign === 'top'
            ? c.y - h / 2 - borderWidth / 2 - height + marginY
            : valign === 'bottom'
              ? c.y + h / 2 + borderWidth / 2 + marginY
              : c.y - height / 2 + marginY + (lineStep - fontSize) / 4;
        return { x, top, anchor };
      },
      bounds,
    ),
  );
  const body = parts.join('');
  return opacity < 1 ? `<g opacity="${n(opacity)}">${body}</g>` : body;
}

function tryPoint(read: () => cytoscape.Position | undefined): Point | undefined {
  try {
    const p = read();
    return p && Number.isFinite(p.x) && Number.isFinite(p.y) ? { x: p.x, y: p.y } : undefined;
  } catch {
    // A headless instance has no renderer to ask.
    return undefined;
  }
}

function tryPoints(read: () => cytoscape.Position[] | undefined): Point[] {
  try {
    return (read() ?? []).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).map((p) => ({ x: p.x, y: p.y }));
  } catch {
    return [];
  }
}

/** The arrow's corners (Cytoscape's unit shapes, tip at the end point) and how far the line stops short. */
function arrowMarkup(shape: string, tip: Point, from: Point, size: number, colour: string): { markup: string; inset: number } {
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const d = { x: (tip.x - from.x) / len, y: (tip.y - from.y) / len };
  const perp = { x: -d.y, y: d.x };
  const at = (px: number, py: number): number[] => [tip.x + d.x * py * size + perp.x * px * size, tip.y + d.y * py * size + perp.y * px * size];
  if (shape === 'circle') {
    const r = 0.15 * size;
    return { markup: `<circle${attrs({ cx: tip.x - d.x * r, cy: tip.y - d.y * r, r, fill: colour })}/>`, inset: 2 * r };
  }
  if (shape === 'square') {
    return { markup: `<polygon${attrs({ points: pairs([...at(-0.15, 0), ...at(0.15, 0), ...at(0.15, -0.3), ...at(-0.15, -0.3)]), fill: colour })}/>`, inset: 0.3 * size };
  }
  if (shape === 'vee') {
    return { markup: `<polygon${attrs({ points: pairs([...at(-0.15, -0.3), ...at(0, 0), ...at(0.15, -0.3), ...at(0, -0.15)]), fill: colour })}/>`, inset: 0.15 * size };
  }
  if (shape === 'diamond') {
    return { markup: `<polygon${attrs({ points: pairs([...at(-0.15, -0.15), ...at(0, 0), ...at(0.15, -0.15), ...at(0, -0.3)]), fill: colour })}/>`, inset: 0.3 * size };
  }
  if (shape === 'tee') {
    return { markup: `<polygon${attrs({ points: pairs([...at(-0.15, 0), ...at(0.15, 0), ...at(0.15, -0.05), ...at(-0.15, -0.05)]), fill: colour })}/>`, inset: 0.05 * size };
  }
  // triangle and the rest
  return { markup: `<polygon${attrs({ points: pairs([...at(-0.15, -0.3), ...at(0, 0), ...at(0.15, -0.3)]), fill: colour })}/>`, inset: 0.3 * size };
}

function pullBack(point: Point, toward: Point, by: number): Point {
  const len = Math.hypot(toward.x - point.x, toward.y - point.y);
  if (len === 0 || by <= 0) return point;
  const t = Math.min(by, len) / len;
  return { x: point.x + (toward.x - point.x) * t, y: point.y + (toward.y - point.y) * t };
}

function edgeMarkup(edge: cytoscape.EdgeSingular, bounds: Bounds): string {
  const source = edge.source();
  const target = edge.target();
  const curve = str(edge, 'curve-style');
  const bends = curve === 'segments' || curve === 'taxi' ? tryPoints(() => edge.segmentPoints()) : curve.includes('bezier') ? tryPoints(() => edge.controlPoints()) : [];
  const sourceAim = bends[0] ?? target.position();
  const targetAim = bends[bends.length - 1] ?? source.position();
  const haystack = curve === 'haystack';
  let start = tryPoint(() => edge.sourceEndpoint()) ?? (haystack ? { ...source.position() } : outlinePoint(source, sourceAim));
  let end = tryPoint(() => edge.targetEndpoint()) ?? (haystack ? { ...target.position() } : outlinePoint(target, targetAim));
  const width = num(edge, 'width', 1);
  const colour = str(edge, 'line-color') || '#999999';
  const arrowSize = Math.max(Math.pow(width * 13.37, 0.9), 29) * num(edge, 'arrow-scale', 1);
  const parts: string[] = [];
  const arrows: string[] = [];
  for (const [side, tip, from] of [
    ['target', end, targetAim],
    ['source', start, sourceAim],
  ] as const) {
    const shape = str(edge, `${side}-arrow-shape`);
    if (!shape || shape === 'none' || haystack) continue;
    const arrow = arrowMarkup(shape, tip, from, arrowSize, str(edge, `${side}-arrow-color`) || colour);
    arrows.push(arrow.markup);
    if (side === 'target') end = pullBack(end, targetAim, arrow.inset);
    else start = pullBack(start, sourceAim, arrow.inset);
  }
  for (const p of [start, end, ...bends]) bounds.add(p.x, p.y);
  let d = `M${n(start.x)},${n(start.y)}`;
  if (curve.includes('bezier') && bends.length > 0) {
    // Cytoscape joins several control points with quadratic curves through their midpoints.
    for (let i = 0; i < bends.length; i += 1) {
      const cp = bends[i] as Point;
      const next = bends[i + 1];
      const to = next ? { x: (cp.x + next.x) / 2, y: (cp.y + next.y) / 2 } : end;
      d += ` Q${n(cp.x)},${n(cp.y)} ${n(to.x)},${n(to.y)}`;
    }
  } else {
    for (const p of bends) d += ` L${n(p.x)},${n(p.y)}`;
    d += ` L${n(end.x)},${n(end.y)}`;
  }
  const lineStyle = str(edge, 'line-style');
  parts.push(
    `<path${attrs({
      d,
      fill: 'none',
      stroke: colour,
      'stroke-width': width,
      'stroke-dasharray': dashArray(lineStyle, width),
      'stroke-linecap': lineStyle === 'dotted' ? 'round' : undefined,
    })}/>`,
    ...arrows,
  );
  const mid = tryPoint(() => edge.midpoint()) ?? { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  parts.push(
    labelMarkup(
      edge,
      (lines, _fontSize, lineStep) => ({ x: mid.x + num(edge, 'text-margin-x'), top: mid.y - (lines.length * lineStep) / 2 + num(edge, 'text-margin-y'), anchor: 'middle' }),
      bounds,
    ),
  );
  const opacity = num(edge, 'opacity', 1);
  const body = parts.join('');
  return opacity < 1 ? `<g opacity="${n(opacity)}">${body}</g>` : body;
}

/** Drawing order as on the canvas: by z-index, edges beneath nodes unless z-index-compare is manual. */
function drawingOrder(cy: cytoscape.Core): cytoscape.SingularElementArgument[] {
  const visible = cy.elements().filter((e) => e.visible() && num(e, 'opacity', 1) > 0).toArray();
  const rank = (e: cytoscape.SingularElementArgument) => (e.isEdge() && str(e, 'z-index-compare') !== 'manual' ? 0 : 1);
  return visible
    .map((element, index) => ({ element, index }))
    .sort((a, b) => rank(a.element) - rank(b.element) || num(a.element, 'z-index') - num(b.element, 'z-index') || a.index - b.index)
    .map((entry) => entry.element);
}

/** The whole drawing as an SVG document. */
export function cytoscapeToSvg(cy: cytoscape.Core, options: SvgExportOptions = {}): string {
  const { padding, background } = { ...DEFAULTS, ...options };
  const bounds = new Bounds();
  const body = drawingOrder(cy)
    .map((element) => (element.isNode() ? nodeMarkup(element, background, bounds) : edgeMarkup(element, bounds)))
    .join('\n');
  if (bounds.empty) bounds.addBox(0, 0, 0, 0);
  const x = bounds.x1 - padding;
  const y = bounds.y1 - padding;
  const width = bounds.x2 - bounds.x1 + 2 * padding;
  const height = bounds.y2 - bounds.y1 + 2 * padding;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: Math.ceil(width), height: Math.ceil(height), viewBox: `${n(x)} ${n(y)} ${n(width)} ${n(height)}` })}>`,
    `<rect${attrs({ x, y, width, height, fill: background })}/>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}
