// The map's measures on the client: which value of a child a measure reads, its classes (colours and
// legend) and how its value is written on a tile. Pure.
import type { MapChild, MapMeasure, MapValue } from '../../../../graph/model/regionMap';
import { LQ_EDGES, rangeClasses, spreadEdges, valueClasses, type ValueClass } from '../../../../graph/model/tileScale';

export const MEASURE_ORDER: readonly MapMeasure[] = ['score', 'gaps', 'lq', 'firms'];

export function isMeasure(value: string | null): value is MapMeasure {
  return value !== null && (MEASURE_ORDER as readonly string[]).includes(value);
}

export function measureValue(child: MapChild, measure: MapMeasure): MapValue {
  return child[measure];
}

/** Score ranges over the values shown, fixed LQ ranges around 1, count classes from the values for gaps and firms. */
export function measureClasses(measure: MapMeasure, values: readonly MapValue[]): ValueClass[] {
  if (measure === 'score') return rangeClasses(spreadEdges(values.map((v) => v.value)));
  if (measure === 'lq') return rangeClasses(LQ_EDGES);
  return valueClasses(values.map((v) => v.value));
}

/** A rated value as written: a score to one decimal, an LQ to two, counts whole. */
export function formatValue(measure: MapMeasure, value: number): string {
  if (measure === 'score') return value.toFixed(1);
  if (measure === 'lq') return value.toFixed(2);
  return String(value);
}
