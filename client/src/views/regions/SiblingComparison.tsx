// A county beside its sibling counties: the map's measures (score, gaps, firms, LQ of the chosen industry)
// in one table, the county's own row marked in words and weight, not colour alone. The score carries a bar
// (0–100) so the ranking reads at a glance; every value is also written.
import { Link } from 'react-router';
import type { MapMeasure, MapValue, RegionMap } from '../../../../graph/model/regionMap';
import { useLang } from '../../i18n/lang';
import { regionPath } from '../../state/landing';
import { formatValue } from './mapMeasures';
import { useMapText } from './mapText';

const COLUMNS: readonly MapMeasure[] = ['score', 'gaps', 'firms', 'lq'];

export function SiblingComparison({ map, current }: { map: RegionMap; current: string }) {
  const lang = useLang();
  const s = useMapText();
  const text = (measure: MapMeasure, v: MapValue) =>
    v.status === 'rated' && v.value !== null ? formatValue(measure, v.value) : s(v.status === 'too-small' ? 'tooSmall' : 'noData');
  const industry = map.industry ? `${lang.pick('（', ' (')}${lang.name(map.industry)}${lang.pick('）', ')')}` : '';
  return (
    <div className="sibling-comparison">
      <h3>{s('siblings')}</h3>
      <div className="table-scroll">
        <table className="data-table sibling-table" data-testid="sibling-table">
          <thead>
            <tr>
              <th scope="col">{s('region')}</th>
              {COLUMNS.map((m) => (
                <th key={m} scope="col">
                  {s(m)}
                  {(m === 'lq' || m === 'firms') && industry}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.children.map((c) => {
              const mine = c.region.id === current;
              return (
                <tr key={c.region.id} className={mine ? 'sibling-current' : undefined} aria-current={mine ? 'page' : undefined} data-region={c.region.id}>
                  <th scope="row">
                    {mine ? <strong>{lang.name(c.region)}</strong> : <Link to={lang.href(regionPath(c.region.id))}>{lang.name(c.region)}</Link>}
                    {mine && <span className="sibling-mark"> ◀ {s('current')}</span>}
                  </th>
                  {COLUMNS.map((m) => (
                    <td key={m} className="num" data-measure={m} data-status={c[m].status}>
                      {m === 'score' && c.score.status === 'rated' && (
                        <span className="sibling-bar" aria-hidden="true" style={{ width: `${Math.min(100, Math.max(0, c.score.value ?? 0))}%` }} />
                      )}
                      <span className="sibling-value">{text(m, c[m])}</span>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
