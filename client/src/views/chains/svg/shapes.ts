// Node outlines as Cytoscape draws them: its polygon shapes as unit point lists, the SVG element for each
// shape, and where an edge leaves a node's outline when no renderer can say (a headless instance).
import type cytoscape from 'cytoscape';
import { n, pairs, str, type Point } from '../../chains/svg/markup';

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

export function baseShape(shape: string): string {
  return shape.startsWith('round-') && shape !== 'round-rectangle' ? shape.slice('round-'.length) : shape;
}

/** The SVG element (without closing) for a node's outline; stroke and fill are added by the caller. */
export function shapeElement(shape: string, c: Point, w: number, h: number): { tag: string; geometry: Record<string, string | number> } {
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

/** Where a line from a node's centre towards `toward` leaves its outline (no renderer needed). */
export function outlinePoint(node: cytoscape.NodeSingular, toward: Point): Point {
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

