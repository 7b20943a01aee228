// An edge: its path (straight, bezier, segments), its arrows, and its label. End points come from the
// renderer when there is one, otherwise from the node outlines.
import type cytoscape from 'cytoscape';
import { labelMarkup } from '../../chains/svg/labels';
import { attrs, dashArray, n, num, pairs, str, type Bounds, type Point } from '../../chains/svg/markup';
import { outlinePoint } from '../../chains/svg/shapes';

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

export function edgeMarkup(edge: cytoscape.EdgeSingular, bounds: Bounds): string {
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
