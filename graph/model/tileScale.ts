// Value classes for the tile map: whole-number measures (counts), one class per value when there are
// few, else five equal-width ranges from 0 to the largest value; each class takes a colour spread along
// the sequential palette so neighbouring classes stay apart.
import { SEQUENTIAL } from '../../theme/palette';

export interface ValueClass {
  min: number;
  max: number;
  fill: string;
  ink: string;
}

const MAX_CLASSES = 5;

export function valueClasses(values: readonly (number | null)[]): ValueClass[] {
  const known = values.filter((v): v is number => v !== null);
  const top = Math.max(0, ...known);
  const bounds: [number, number][] = [];
  if (top < MAX_CLASSES) for (let v = 0; v <= top; v++) bounds.push([v, v]);
  else {
    const width = Math.ceil((top + 1) / MAX_CLASSES);
    for (let lo = 0; lo <= top; lo += width) bounds.push([lo, Math.min(top, lo + width - 1)]);
  }
  // Start one step in from the palette's near-white so the lowest class still reads as a colour.
  const last = SEQUENTIAL.length - 1;
  return bounds.map(([min, max], i) => {
    const step = bounds.length === 1 ? 1 : 1 + Math.round((i * (last - 1)) / (bounds.length - 1));
    const colour = SEQUENTIAL[Math.min(step, last)] ?? SEQUENTIAL[8];
    return { min, max, fill: colour.fill, ink: colour.ink };
  });
}

export function classOf(classes: readonly ValueClass[], value: number | null): ValueClass | null {
  if (value === null) return null;
  return classes.find((c) => value >= c.min && value <= c.max) ?? null;
}

export function classLabel(c: ValueClass): string {
  return c.min === c.max ? String(c.min) : `${c.min}–${c.max}`;
}
