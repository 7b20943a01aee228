// The region's local firms by industry, then by the chain link they cover (links upstream to
// downstream). An industry opens its chain; a link or a firm opens the chain with it selected.
import type { RegionProfile } from '../../../../graph/model/regions';
import { Empty } from '../../components/Status';
import { useLang } from '../../i18n/lang';
import { chainPath } from '../../state/landing';
import { RefLink } from './RefLinks';
import { useRegionText } from './regionText';

export function RegionFirms({ view }: { view: RegionProfile }) {
  const lang = useLang();
  const { s } = useRegionText();
  const more = (shown: number, all: number) =>
    all > shown && <span className="muted small"> ({s('moreFirms', { shown, all })})</span>;
  return (
    <section className="card region-firms" id="region-firms" aria-labelledby="region-firms-title" data-testid="region-firms">
      <h2 id="region-firms-title">{s('firms')}</h2>
      <p className="muted small">{s('firmsIntro')}</p>
      {view.firms.length === 0 ? (
        <Empty>{s('noFirms')}</Empty>
      ) : (
        <table className="data-table firm-table">
          <thead>
            <tr>
              <th scope="col">{lang.t('industry')}</th>
              <th scope="col">{s('linkColumn')}</th>
              <th scope="col">{s('firmsColumn')}</th>
            </tr>
          </thead>
          {view.firms.map(({ industry, links }) => (
            <tbody key={industry.id} data-testid="firm-industry">
              {links.map(({ link, firms, firmCount }, i) => (
                <tr key={link.id}>
                  {i === 0 && (
                    <th scope="rowgroup" rowSpan={links.length}>
                      <RefLink node={industry} />
                    </th>
                  )}
                  <td>
                    <RefLink node={link} to={chainPath(industry.id, link.id)} />
                    {link.stage && <span className="muted small"> · {lang.stageName(link.stage)}</span>}
                  </td>
                  <td>
                    <ul className="firm-list">
                      {firms.map((firm) => (
                        <li key={firm.id}>
                          <RefLink node={firm} to={chainPath(industry.id, firm.id)} badge />
                        </li>
                      ))}
                    </ul>
                    {more(firms.length, firmCount)}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
      {view.otherFirmCount > 0 && (
        <>
          <h3>{s('otherFirms')}</h3>
          <ul className="firm-list">
            {view.otherFirms.map((firm) => (
              <li key={firm.id}>
                <RefLink node={firm} badge />
              </li>
            ))}
          </ul>
          {more(view.otherFirms.length, view.otherFirmCount)}
        </>
      )}
    </section>
  );
}
