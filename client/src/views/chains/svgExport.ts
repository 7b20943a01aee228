// Our own SVG serialiser of a Cytoscape drawing (the GPL-licensed cytoscape-svg is not shipped). It reads
// only Cytoscape's public API — positions, sizes, computed styles, edge end points — and writes plain
// SVG: node shapes with their fill and border (solid, dashed, dotted, double), wrapped labels, edges
// (straight, bezier, segments) with arrows. The whole drawing is exported at model scale, as the PNG
// export does with `full: true`. Works on a headless instance too (used by the unit test), where edge
// end points are computed here from the node shapes.
//
// The pieces live in svg/: markup (numbers, attributes, style reads, extent), shapes, labels, nodes, edges.
import type cytoscape from 'cytoscape';
import { edgeMarkup } from '../chains/svg/edges';
import { attrs, Bounds, n, num, str } from '../chains/svg/markup';
import { nodeMarkup } from '../chains/svg/nodes';

export { escapeXml } from '../../../../graph/model/textLayout';
export { labelLines, textWidth } from '../chains/svg/labels';

export interface SvgExportOptions {
  /** Space around the drawing, in model units. */
  padding?: number;
  /** Page colour behind the drawing; it also forms the gap inside double borders. */
  background?: string;
}

const DEFAULTS: Required<SvgExportOptions> = { padding: 20, background: '#ffffff' };

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
