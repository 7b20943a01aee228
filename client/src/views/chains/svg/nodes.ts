// A node: its underlay, its outline with fill and border (solid, dashed, dotted, double), and its label.
import type cytoscape from 'cytoscape';
import { labelMarkup } from '../../chains/svg/labels';
import { attrs, dashArray, n, num, str, type Bounds } from '../../chains/svg/markup';
import { shapeElement } from '../../chains/svg/shapes';

export function nodeMarkup(node: cytoscape.NodeSingular, background: string, bounds: Bounds): string {
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
