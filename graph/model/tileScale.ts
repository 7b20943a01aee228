// Value classes for the tile maps (explorer and briefings). Counts (gaps, firms): one class per value
// when there are few, else five equal-width ranges from the smallest value to the largest. Scores: five
// ranges over the values shown (spreadEdges). Location quotients: fixed ranges around 1. Each class takes a colour spread
// along the sequential palette so neighbouring classes stay apart.

/**
 * Sequential scale for maps (low to high): Paul Tol's YlOrBr, which he designed to stay ordered for
 * colour-blind readers and in greyscale (it varies in lightness, not only hue). `ink` keeps the value
 * written on a swatch legible (dark on the light end, white on the dark end).
 */
export const SEQUENTIAL = [
  { fill: '#FFFFE5', ink: '#1f2933' },
  { fill: '#FFF7BC', ink: '#1f2933' },
  { fill: '#FEE391', ink: '#1f2933' },
  { fill: '#FEC44F', ink: '#1f2933' },
  { fill: '#FB9A29', ink: '#1f2933' },
  { fill: '#EC7014', ink: '#1f2933' },
  { fill: '#CC4C02', ink: '#ffffff' },
  { fill: '#993404', ink: '#ffffff' },
  { fill: '#662506', ink: '#ffffff' },
] as const;

export interface ValueClass {
  min: number;
  /** Infinity when the last range is open. */
  max: number;
  /** Whether max itself is in the class: counts yes; ranges only the last. */
  closed: boolean;
  label: string;
  fill: string;
  ink: string;
}

const MAX_CLASSES = 5;

/** Colours for n classes: start one step in from the palette's near-white so the lowest still reads as a colour. */
function colours(n: number): { fill: string; ink: string }[] {
  const last = SEQUENTIAL.length - 1;
  return Array.from({ length: n }, (_, i) => {
    const step = n === 1 ? 1 : 1 + Math.round((i * (last - 1)) / (n - 1));
    return SEQUENTIAL[Math.min(step, last)] ?? SEQUENTIAL[8];
  });
}

/**
 * Classes of whole-number counts, from the smallest value shown to the largest: one per value when
 * there are few, else five equal ranges, so counts that differ a little still differ in colour.
 */
export function valueClasses(values: readonly (number | null)[]): ValueClass[] {
  const known = values.filter((v): v is number => v !== null);
  const top = Math.max(0, ...known);
  const low = known.length > 0 ? Math.min(...known) : 0;
  const bounds: [number, number][] = [];
  if (top - low < MAX_CLASSES) for (let v = low; v <= top; v++) bounds.push([v, v]);
  else {
    const width = Math.ceil((top - low + 1) / MAX_CLASSES);
    for (let lo = low; lo <= top; lo += width) bounds.push([lo, Math.min(top, lo + width - 1)]);
  }
  const fills = colours(bounds.length);
  return bounds.map(([min, max], i) => ({ min, max, closed: true, label: min === max ? String(min) : `${min}–${max}`, ...(fills[i] ?? SEQUENTIAL[8]) }));
}

/** Classes [edges[i], edges[i+1]) of a continuous measure; the last edge may be Infinity (shown "≥ x"). */
export function rangeClasses(edges: readonly number[]): ValueClass[] {
  const n = edges.length - 1;
  const fills = colours(n);
  return Array.from({ length: n }, (_, i) => {
    const min = edges[i] ?? 0;
    const max = edges[i + 1] ?? Infinity;
    const label = max === Infinity ? `≥ ${min}` : i === 0 && min === 0 ? `< ${max}` : `${min}–${max}`;
    return { min, max, closed: i === n - 1, label, ...(fills[i] ?? SEQUENTIAL[8]) };
  });
}

/** Score classes over the whole 0–100 scale: fifths. */
export const SCORE_EDGES = [0, 20, 40, 60, 80, 100] as const;

/**
 * Five equal whole-number ranges over the values shown, for scores: real ones bunch together (counties
 * at 0.7–4.5 of 100), and fixed fifths would paint them all alike. The legend says the ranges.
 */
export function spreadEdges(values: readonly (number | null)[], steps = 5): number[] {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return [...SCORE_EDGES];
  const low = Math.floor(Math.min(...known));
  const width = Math.max(1, Math.ceil((Math.ceil(Math.max(...known)) - low) / steps));
  return Array.from({ length: steps + 1 }, (_, i) => low + i * width);
}
/** LQ classes: 1 is the average; 2 is the specialisation star (server/compare/input.ts). */
export const LQ_EDGES = [0, 0.5, 0.8, 1.25, 2, Infinity] as const;

export function classOf(classes: readonly ValueClass[], value: number | null): ValueClass | null {
  if (value === null) return null;
  return classes.find((c) => value >= c.min && (value < c.max || (c.closed && value <= c.max))) ?? null;
}

export function classLabel(c: ValueClass): string {
  return c.label;
}
