// A schematic tile map of a region's children (a city's counties, a province's cities): equal tiles placed
// by their neighbours (graph/model/tileLayouts.ts), each a link to the child's page showing its short name
// and the chosen measure as text, coloured on a colour-blind-safe sequential scale with a legend. "No data"
// and "too small to rate" are hatched and written, never colour alone; a laid-out place the graph lacks
// keeps its tile, as no data. Partner regions sit across a drawn Yangtze, outlined and uncoloured.
import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import type { NodeRef } from '../../../../graph/model';
import type { MapMeasure, MapValue, RegionMap } from '../../../../graph/model/regionMap';
import { gridRow, missingTiles, placeAcross, placeTiles, TILE_LAYOUTS, type Placed, type TileLayout } from '../../../../graph/model/tileLayouts';
import { classOf, type ValueClass } from '../../../../graph/model/tileScale';
import { useLang } from '../../i18n/lang';
import { regionPath } from '../../state/landing';
import { formatValue, measureClasses } from './mapMeasures';
import { MapLegend } from './MapLegend';
import { useMapText } from './mapText';
import './tileMap.css';

type Named = Pick<NodeRef, 'id' | 'nameZh' | 'nameEn'>;

/**
 * 海安市 → 海安, Hai'an City → Hai'an: the tile is small, the full name is in its label. A long pinyin
 * name gets soft hyphens where a syllable ends in n/ng before a consonant (Lian-yungang, Chang-zhou),
 * so a phone's narrow tile breaks it there rather than at any letter.
 */
function shortName(node: Named, lang: 'zh' | 'en'): string {
  if (lang === 'en') {
    const name = node.nameEn.replace(/ (City|County|District)$/, '');
    return name.length > 7 ? name.replace(/(?<=[aeiou])(ng|n)(?=[^aeiouyg' ]|y)/g, '$1\u00ad') : name;
  }
  return node.nameZh.length > 2 ? node.nameZh.replace(/[市县区]$/, '') : node.nameZh;
}

function at(layout: TileLayout | undefined, p: Placed<unknown>): CSSProperties {
  return { gridColumn: `${p.col + 1} / span ${p.span}`, gridRow: `${gridRow(layout, p.row)}` };
}

function useValueText(measure: MapMeasure): (v: MapValue) => string {
  const s = useMapText();
  return (v) => (v.status === 'rated' && v.value !== null ? formatValue(measure, v.value) : s(v.status === 'too-small' ? 'tooSmall' : 'noData'));
}

interface TileProps {
  region: Named;
  value: MapValue;
  cls: ValueClass | null;
  label: string;
  current: boolean;
  measure: MapMeasure;
  style?: CSSProperties | undefined;
}

function ChildTile({ region, value, cls, label, current, measure, style }: TileProps) {
  const lang = useLang();
  const s = useMapText();
  const text = useValueText(measure)(value);
  const state = value.status === 'too-small' ? ' map-tile-small' : cls ? '' : ' map-tile-none';
  return (
    <li className="tile-cell" style={style}>
      <Link
        className={`map-tile${state}${current ? ' map-tile-current' : ''}`}
        to={lang.href(regionPath(region.id))}
        style={cls && value.status === 'rated' ? { background: cls.fill, color: cls.ink } : undefined}
        aria-label={`${lang.name(region)}${lang.pick('：', ': ')}${label} ${text}${current ? lang.pick('（当前地区）', ' (this region)') : ''}`}
        aria-current={current ? 'page' : undefined}
        title={current ? s('current') : undefined}
        data-testid="map-tile"
        data-region={region.id}
        data-status={value.status}
      >
        <span className="map-tile-name">{shortName(region, lang.lang)}</span>
        <span className="map-tile-value" data-testid="tile-value">
          {text}
        </span>
      </Link>
    </li>
  );
}

export interface TileMapProps {
  map: RegionMap;
  measure: MapMeasure;
  /** Regions drawn across the river (partners): outlined, never coloured. */
  across: readonly Named[];
  /** The region whose page this is, outlined on the map. */
  highlight?: string | undefined;
  title: string;
  testId: string;
}

export function TileMap({ map, measure, across, highlight, title, testId }: TileMapProps) {
  const lang = useLang();
  const s = useMapText();
  const layout = TILE_LAYOUTS[map.region.id];
  const columns = layout?.columns ?? 4;
  const label = s(measure);
  const values = map.children.map((c) => c[measure]);
  const classes = measureClasses(measure, values);
  const { placed, unplaced } = placeTiles(layout, map.children, (c) => c.region.id);
  const ghosts = missingTiles(layout, new Set(map.children.map((c) => c.region.id)));
  // The river and the regions beyond it only make sense on a laid-out map.
  const beyond = layout ? placeAcross(layout, across, (p) => p.id) : [];
  const grid = { gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` };
  const tile = (c: RegionMap['children'][number], style?: CSSProperties) => (
    <ChildTile
      key={c.region.id}
      region={c.region}
      value={c[measure]}
      cls={classOf(classes, c[measure].value)}
      label={label}
      current={c.region.id === highlight}
      measure={measure}
      style={style}
    />
  );
  return (
    <figure className="tile-map" data-testid={testId} data-measure={measure}>
      <figcaption className="tile-map-title">{title}</figcaption>
      <ul className="tile-grid" style={grid} aria-label={title}>
        {placed.map((p) => tile(p.item, at(layout, p)))}
        {ghosts.map((p) => (
          <li key={p.item.id} className="tile-cell" style={at(layout, p)}>
            <span className="map-tile map-tile-none map-tile-absent" data-testid="map-tile-absent" data-region={p.item.id}>
              <span className="map-tile-name">{shortName(p.item, lang.lang)}</span>
              <span className="map-tile-value">{s('noData')}</span>
            </span>
          </li>
        ))}
        {layout && (
          <li className="tile-river" style={{ gridColumn: '1 / -1', gridRow: `${layout.river + 1}` }} aria-hidden="true">
            {s('river')}
          </li>
        )}
        {layout?.groups?.map((g) => (
          <li key={g.nameEn} className="tile-group" style={{ gridColumn: `${g.col + 1} / span ${g.span}`, gridRow: `${gridRow(layout, g.row)}` }}>
            {g.id ? <Link to={lang.href(regionPath(g.id))}>{lang.pick(g.nameZh, g.nameEn)}</Link> : lang.pick(g.nameZh, g.nameEn)}
          </li>
        ))}
        {beyond.map((p) => (
          <li key={p.item.id} className="tile-cell" style={at(layout, p)}>
            <Link className="map-tile map-tile-partner" to={lang.href(regionPath(p.item.id))} data-testid="partner-tile" data-region={p.item.id}>
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
      <MapLegend
        label={label}
        classes={classes}
        noData={values.some((v) => v.status === 'no-data') || ghosts.length > 0}
        tooSmall={values.some((v) => v.status === 'too-small') ? map.minCount : null}
        across={beyond.length > 0}
        current={highlight !== undefined && map.children.some((c) => c.region.id === highlight)}
      />
    </figure>
  );
}
