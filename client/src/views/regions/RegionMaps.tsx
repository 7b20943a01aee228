// The region page's maps: a city or province shows the tile map of its children; a city also shows its
// province's map with its own tile outlined; a county shows its comparison with its sibling counties.
// All read GET /api/regions/:id/map (every measure at once), so switching the measure draws again
// without a request; the measure and industry are kept in the URL.
import { useEffect } from 'react';
import type { NodeRef } from '../../../../graph/model';
import type { RegionMap } from '../../../../graph/model/regionMap';
import type { RegionProfile } from '../../../../graph/model/regions';
import { TILE_LAYOUTS } from '../../../../graph/model/tileLayouts';
import { useApi, type ApiState } from '../../api/useApi';
import { Loaded } from '../../components/Status';
import { useLang } from '../../i18n/lang';
import { MEASURE_ORDER } from './mapMeasures';
import { useMapText } from './mapText';
import { useMapUrlState } from './mapUrl';
import { SiblingComparison } from './SiblingComparison';
import { TileMap } from './TileMap';

const COUNTY_KINDS = new Set(['county', 'county-level-city', 'district']);

function mapUrl(id: string | null, industry: string | null): string | null {
  if (id === null) return null;
  return `/api/regions/${encodeURIComponent(id)}/map${industry ? `?industry=${encodeURIComponent(industry)}` : ''}`;
}

const ready = (state: ApiState<RegionMap>): RegionMap | undefined =>
  state.kind === 'ready' ? state.data : state.kind === 'loading' ? state.previous : undefined;

export function RegionMaps({ view }: { view: RegionProfile }) {
  const lang = useLang();
  const s = useMapText();
  const [{ measure, industry }, update] = useMapUrlState();
  const region = view.region;
  const isCounty = COUNTY_KINDS.has(region.kind ?? '');
  const parent = isCounty ? (view.within[0]?.id ?? null) : null;
  const province = isCounty ? null : (view.within.find((up) => TILE_LAYOUTS[up.id] && up.id !== region.id)?.id ?? null);
  const own = useApi<RegionMap>(mapUrl(isCounty ? null : region.id, industry));
  const up = useApi<RegionMap>(mapUrl(parent ?? province, industry));
  const loaded = [ready(own.state), ready(up.state)].filter((m): m is RegionMap => m !== undefined);
  const industries = [...new Map(loaded.flatMap((m) => m.industries).map((i) => [i.id, i])).values()];
  const hasOwn = own.state.kind !== 'ready' || own.state.data.children.length > 0;

  // An LQ needs an industry: take the first one with firms until the reader picks another.
  const first = industries[0]?.id;
  useEffect(() => {
    if ((measure === 'lq' || isCounty) && !industry && first) update({ industry: first }, true);
  }, [measure, industry, first, update, isCounty]);

  if (!hasOwn && !parent && !province) return null;
  return (
    <section className="card region-maps" id="region-maps" aria-labelledby="region-maps-title" data-testid="region-maps">
      <h2 id="region-maps-title">{s('maps')}</h2>
      <div className="tile-controls">
        {!isCounty && (
          <label className="tile-measure">
            {s('measure')}{' '}
            <select value={measure} onChange={(e) => update({ measure: e.target.value as typeof measure })} data-testid="tile-measure">
              {MEASURE_ORDER.map((key) => (
                <option key={key} value={key}>
                  {s(key)}
                </option>
              ))}
            </select>
          </label>
        )}
        {industries.length > 0 && (
          <label className="tile-measure">
            {s('industry')}{' '}
            <select value={industry ?? ''} onChange={(e) => update({ industry: e.target.value || null })} data-testid="tile-industry">
              {measure !== 'lq' && <option value="">{s('allIndustries')}</option>}
              {industries.map((i: NodeRef) => (
                <option key={i.id} value={i.id}>
                  {lang.name(i)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {measure === 'lq' && !industry && !isCounty && <p className="small muted">{s('lqNeedsIndustry')}</p>}
      <div className="region-maps-grid">
      {!isCounty && hasOwn && (
        <Loaded state={own.state} reload={own.reload}>
          {(map) => (
            <TileMap
              map={map}
              measure={measure}
              across={acrossOf(region.id)}
              title={s(region.kind === 'province' ? 'provinceMap' : region.kind === 'city' ? 'countyMap' : 'cityMap')}
              testId="tile-map"
            />
          )}
        </Loaded>
      )}
      {province && (
        <Loaded state={up.state} reload={up.reload}>
          {(map) => <TileMap map={map} measure={measure} across={acrossOf(map.region.id)} highlight={region.id} title={s('provinceMap')} testId="province-map" />}
        </Loaded>
      )}
      </div>
      {parent && (
        <Loaded state={up.state} reload={up.reload}>
          {(map) => <SiblingComparison map={map} current={region.id} />}
        </Loaded>
      )}
      <p className="small muted">
        {!isCounty && s('mapNote')} {s('measureNote')}
      </p>
    </section>
  );
}

/** The regions a layout draws across the river (上海, 苏南), named from the layout. */
function acrossOf(layoutId: string): NodeRef[] {
  const layout = TILE_LAYOUTS[layoutId];
  if (!layout) return [];
  return Object.keys(layout.across).map((id) => {
    const name = layout.names?.[id] ?? { nameZh: id, nameEn: id };
    return { id, label: 'Region', illustrative: false, ...name };
  });
}
