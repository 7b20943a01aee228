// The small pieces every part of the SVG export writes with: numbers at two decimals, attribute lists,
// style reads that tolerate a headless instance, and the drawing's growing extent.
import type cytoscape from 'cytoscape';
import { escapeXml } from '../../../../../graph/model/textLayout';

export interface Point {
  x: number;
  y: number;
}

/** The drawing's extent, grown as each piece is written. */
export class Bounds {
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

export const n = (value: number): string => String(Math.round(value * 100) / 100);

export function attrs(values: Record<string, string | number | undefined | null>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? n(v) : String(v))}"`)
    .join('');
}

export function pairs(values: number[]): string {
  const out: string[] = [];
  for (let i = 0; i + 1 < values.length; i += 2) out.push(`${n(values[i] ?? 0)},${n(values[i + 1] ?? 0)}`);
  return out.join(' ');
}

export function str(ele: cytoscape.SingularElementArgument, property: string): string {
  const value: unknown = ele.style(property);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export function num(ele: cytoscape.SingularElementArgument, property: string, fallback = 0): number {
  const value = ele.numericStyle(property) as unknown;
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** Dash patterns close to the canvas ones, kept distinguishable at any border width. */
export function dashArray(style: string, width: number): string | undefined {
  if (style === 'dashed') return `${n(Math.max(4, width * 2))} ${n(Math.max(2, width))}`;
  if (style === 'dotted') return `${n(Math.max(0.5, width * 0.1))} ${n(Math.max(2, width * 1.6))}`;
  return undefined;
}
