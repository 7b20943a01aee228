// Per chain link of the chosen industry, the firms each region has there: links as rows (in chain
// order), regions as columns, so a link nobody covers reads as a row of dashes.
import type { CompareResponse } from '../../../../graph/model/compare';
import { Empty } from '../../components/Status';
import { useLang } from '../../i18n/lang';
import { useCompareText } from './compareText';
import { rowsOf } from './CompareTable';

type LinkRef = NonNullable<CompareResponse['regions'][number]['cells'][number]['coverage']>['perLink'][number]['link'];

export function LinkCoverage({ data }: { data: CompareResponse }) {
  const lang = useLang();
  const s = useCompareText();
  const rows = rowsOf(data);
  // Every link any region reports, once, in chain order (then by id, for a stable table).
  const links = new Map<string, LinkRef>();
  for (const { cell } of rows) for (const { link } of cell.coverage?.perLink ?? []) links.set(link.id, link);
  const ordered = [...links.values()].sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.id.localeCompare(b.id));
  const counts = rows.map(({ cell }) => new Map((cell.coverage?.perLink ?? []).map((entry) => [entry.link.id, entry.firms])));

  return (
    <section className="card" aria-labelledby="compare-links" data-testid="compare-links">
      <h2 id="compare-links">{s('links')}</h2>
      {ordered.length === 0 ? (
        <Empty>{s('noLinks')}</Empty>
      ) : (
        <>
          <p className="muted">{s('linksIntro')}</p>
          <div className="table-scroll">
            <table className="data-table compare-links-table">
              <thead>
                <tr>
                  <th scope="col">{s('link')}</th>
                  {rows.map(({ row }) => (
                    <th key={row.region.id} scope="col" className="num">
                      {lang.name(row.region)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ordered.map((link) => (
                  <tr key={link.id}>
                    <th scope="row">{lang.name(link)}</th>
                    {counts.map((byLink, index) => {
                      const firms = byLink.get(link.id) ?? 0;
                      return (
                        <td key={rows[index]?.row.region.id ?? index} className={firms > 0 ? 'num' : 'num muted'}>
                          {firms > 0 ? firms : '—'}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
