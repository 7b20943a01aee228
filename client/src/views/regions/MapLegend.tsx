// The tile map's legend: the measure's classes, then the marks that are not values (no data, too small to
// rate, partners across the river, the region whose page this is), each drawn as on the map and named.
import type { ValueClass } from '../../../../graph/model/tileScale';
import { useMapText } from './mapText';

export interface MapLegendProps {
  label: string;
  classes: readonly ValueClass[];
  noData: boolean;
  /** The size floor when some value is too small to rate. */
  tooSmall: number | null;
  across: boolean;
  current: boolean;
}

export function MapLegend({ label, classes, noData, tooSmall, across, current }: MapLegendProps) {
  const s = useMapText();
  return (
    <div className="tile-legend" data-testid="tile-legend">
      <span className="tile-legend-title">{label}</span>
      {classes.map((c) => (
        <span key={c.min} className="tile-legend-item">
          <span className="tile-swatch" style={{ background: c.fill }} aria-hidden="true" /> {c.label}
        </span>
      ))}
      {noData && (
        <span className="tile-legend-item">
          <span className="tile-swatch map-tile-none" aria-hidden="true" /> {s('noData')}
        </span>
      )}
      {tooSmall !== null && (
        <span className="tile-legend-item">
          <span className="tile-swatch map-tile-small" aria-hidden="true" /> {s('tooSmallLegend', { n: tooSmall })}
        </span>
      )}
      {across && (
        <span className="tile-legend-item">
          <span className="tile-swatch tile-swatch-partner" aria-hidden="true" /> {s('across')}
        </span>
      )}
      {current && (
        <span className="tile-legend-item">
          <span className="tile-swatch tile-swatch-current" aria-hidden="true" /> {s('current')}
        </span>
      )}
    </div>
  );
}
