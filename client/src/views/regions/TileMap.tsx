// A schematic tile map of a city's counties: equal tiles placed by their neighbours (tileLayouts.ts), each
// a link to the county's page showing its short name and the chosen measure as text, coloured on a
// colour-blind-safe sequential scale with a legend. The partner regions sit across a drawn Yangtze,
// outlined and uncoloured. The county table below stays the full, accessible listing.
import { useState, type CSSProperties } from 'react';
import { Link } from 'react-router';
import type { NodeRef } from '../../../../graph/model';
import type { CountyCoverage } from '../../../../graph/model/regions';
import { useLang } from '../../i18n/lang';
import type { RegionStringKey } from '../../i18n/regionStrings';
import { regionPath } from '../../state/landing';
import { placeAcross, placeCounties, TILE_LAYOUTS, type Placed } from './tileLayouts';
import { classLabel, classOf, valueClasses, type ValueClass } from './tileScale';
import { useRegionText } from './regionText';
import './tileMap.css';

/** Per-county numbers the profile carries today; null would mean "no data" (none is missing yet). */
const MEASURES = {
  gaps: { label: 'gapCount', value: (c: CountyCoverage) => c.gapCount },
  coBuilt: { label: 'coBuiltCount', value: (c: CountyCoverage) => c.coBuiltParks.length },
  highTech: { label: 'highTechCount', value: (c: CountyCoverage) => c.highTechZones.length },
} satisfies Record<string, { label: RegionStringKey; value: (c: CountyCoverage) => number | null }>;
type MeasureKey = keyof typeof MEASURES;
const MEASURE_KEYS = Object.keys(MEASURES) as MeasureKey[];

/** 海安市 → 海安, Hai'an City → Hai'an: the tile is small, the full name is in its label and the table. */
function shortName(node: NodeRef, lang: 'zh' | 'en'): string {
  if (lang === 'en') return node.nameEn.replace(/ (City|County|District)$/, '');
  return node.nameZh.length > 2 ? node.nameZh.replace(/[市县区]$/, '') : node.nameZh;
}

function at(p: Placed<unknown>, rowOffset: number): CSSProperties {
  return { gridColumn: `${p.col + 1} / span ${p.span}`, gridRow: `${p.row + 1 + rowOffset}` };
}

function CountyTile({ county, value, cls, label, style }: { county: NodeRef; value: number | null; cls: ValueClass | null; label: string; style?: CSSProperties }) {
  const lang = useLang();
  const { s } = useRegionText();
  const valueText = value === null ? s('noData') : String(value);
  const colours = cls ? { background: cls.fill, color: cls.ink } : undefined;
  return (
    <li className="tile-cell" style={style}>
      <Link
        className={`map-tile${cls ? '' : ' map-tile-none'}`}
        to={lang.href(regionPath(county.id))}
        style={colours}
        aria-label={`${lang.name(county)}${lang.pick('：', ': ')}${label} ${valueText}`}
        data-testid="map-tile"
        data-region={county.id}
      >
        <span className="map-tile-name">{shortName(county, lang.lang)}</span>
        <span className="map-tile-value" data-testid="tile-value">
          {valueText}
        </span>
      </Link>
    </li>
  );
}

export function TileMap({ cityId, counties, partners }: { cityId: string; counties: readonly CountyCoverage[]; partners: readonly NodeRef[] }) {
  const lang = useLang();
  const { s } = useRegionText();
  const [measure, setMeasure] = useState<MeasureKey>('gaps');
  const layout = TILE_LAYOUTS[cityId];
  const columns = layout?.columns ?? 4;
  const rows = layout?.rows ?? 0;
  const { value, label: labelKey } = MEASURES[measure];
  const label = s(labelKey);
  const values: (number | null)[] = counties.map(value);
  const classes = valueClasses(values);
  const { placed, unplaced } = placeCounties(layout, counties, (c) => c.region.id);
  // The river and the partners beyond it only make sense on a laid-out city.
  const across = layout ? placeAcross(layout, partners, (p) => p.id) : [];
  const grid = { gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` };
  const tile = (c: CountyCoverage, style?: CSSProperties) => {
    const v: number | null = value(c);
    return <CountyTile key={c.region.id} county={c.region} value={v} cls={classOf(classes, v)} label={label} style={style} />;
  };
  return (
    <div className="tile-map" data-testid="tile-map">
      <div className="tile-map-head">
        <h3>{s('map')}</h3>
        <label className="tile-measure">
          {s('mapMeasure')}{' '}
          <select value={measure} onChange={(e) => setMeasure(e.target.value as MeasureKey)} data-testid="tile-measure">
            {MEASURE_KEYS.map((key) => (
              <option key={key} value={key}>
                {s(MEASURES[key].label)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ul className="tile-grid" style={grid} aria-label={s('map')}>
        {placed.map((p) => tile(p.item, at(p, 0)))}
        {across.length > 0 && (
          <li className="tile-river" style={{ gridColumn: '1 / -1', gridRow: `${rows + 1}` }} aria-hidden="true">
            {s('river')}
          </li>
        )}
        {across.map((p) => (
          <li key={p.item.id} className="tile-cell" style={at(p, rows + 1)}>
            <Link className="map-tile map-tile-partner" to={lang.href(regionPath(p.item.id))} data-testid="partner-tile">
              <span className="map-tile-name">{lang.name(p.item)}</span>
            </Link>
          </li>
        ))}
      </ul>
      {unplaced.length > 0 && (
        <>
          <p className="small muted">{s('unplaced')}</p>
          <ul className="tile-grid" style={grid}>
            {unplaced.map((c) => tile(c))}
          </ul>
        </>
      )}
      <div className="tile-legend" data-testid="tile-legend">
        <span className="tile-legend-title">{label}</span>
        {classes.map((c) => (
          <span key={c.min} className="tile-legend-item">
            <span className="tile-swatch" style={{ background: c.fill }} aria-hidden="true" /> {classLabel(c)}
          </span>
        ))}
        {values.includes(null) && (
          <span className="tile-legend-item">
            <span className="tile-swatch map-tile-none" aria-hidden="true" /> {s('noData')}
          </span>
        )}
        {across.length > 0 && (
          <span className="tile-legend-item">
            <span className="tile-swatch tile-swatch-partner" aria-hidden="true" /> {s('across')}
          </span>
        )}
      </div>
      <p className="small muted">{s('mapNote')}</p>
    </div>
  );
}
