// The marks the chain diagram and its legend share: how each severity borders a box, and how a local
// firm differs from an outside one. Shape and stroke carry the meaning, so grey print keeps it.
import type { Severity } from '../../graph/model';

/** How each severity looks; the dash pattern and the badge shape carry the meaning, colour only helps. */
export const MARKS: Record<Severity | 'none', { stroke: string; width: number; dash: string; double: boolean }> = {
  high: { stroke: '#9b1c1c', width: 4, dash: '', double: true },
  medium: { stroke: '#9a4a00', width: 3, dash: '10 5', double: false },
  low: { stroke: '#3f5f00', width: 2.5, dash: '2 4', double: false },
  none: { stroke: '#555555', width: 1.5, dash: '', double: false },
};

/**
 * A firm's mark, as the web chain view draws members: local filled with a solid border, outside hollow
 * with a dashed one. (x, y) is the top left corner of a square of the given size.
 */
export function firmMark(x: number, y: number, size: number, local: boolean): string {
  return local
    ? `<rect x="${n(x)}" y="${n(y)}" width="${n(size)}" height="${n(size)}" fill="#222" stroke="#222" stroke-width="1.5"/>`
    : `<rect x="${n(x)}" y="${n(y)}" width="${n(size)}" height="${n(size)}" fill="#fff" stroke="#555" stroke-width="1.5" stroke-dasharray="3 2"/>`;
}

/** Coordinates rounded to one decimal keep the SVG small and deterministic. */
export function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}
