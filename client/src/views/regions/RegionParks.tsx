// The region's parks: kind, where each lies, its specialities (each opens its chain) and the partner
// regions it is co-built with. A list rather than a table, so it reads the same on a phone.
import type { RegionProfile } from '../../../../graph/model/regions';
import { Empty } from '../../components/Status';
import { RefLink, RefList } from './RefLinks';
import { useRegionText } from './regionText';

export function RegionParks({ view }: { view: RegionProfile }) {
  const { s, kindName } = useRegionText();
  return (
    <section className="card region-parks" id="region-parks" aria-labelledby="region-parks-title" data-testid="region-parks">
      <h2 id="region-parks-title">
        {s('parks')} <span className="muted">({view.parks.length})</span>
      </h2>
      {view.parks.length === 0 ? (
        <Empty>{s('noParks')}</Empty>
      ) : (
        <ul className="park-list">
          {view.parks.map(({ park, within, specialities, coBuiltWith }) => (
            <li key={park.id} data-testid="region-park">
              <div>
                <strong>
                  <RefLink node={park} badge />
                </strong>{' '}
                {park.kind && <span className="region-kind">{kindName(park.kind)}</span>}
              </div>
              <dl className="park-facts">
                {within && within.id !== view.region.id && (
                  <>
                    <dt>{s('locatedIn')}</dt>
                    <dd>
                      <RefLink node={within} />
                    </dd>
                  </>
                )}
                <dt>{s('specialities')}</dt>
                <dd>{specialities.length > 0 ? <RefList nodes={specialities} /> : <span className="muted">—</span>}</dd>
                {coBuiltWith.length > 0 && (
                  <>
                    <dt>{s('coBuiltWith')}</dt>
                    <dd>
                      <RefList nodes={coBuiltWith} />
                    </dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
