// No industry chosen: the LQ of every compared region in each of their key industries, as a table whose
// column heads choose the industry to compare in full. Stars as symbols with their count in words.
import { Link, useLocation } from 'react-router';
import type { CompareResponse } from '../../../../graph/model/compare';
import { IllustrativeBadge } from '../../components/Illustrative';
import { Empty } from '../../components/Status';
import { useLang } from '../../i18n/lang';
import { useCompareText } from './compareText';
import { CompareNotes } from './CompareNotes';
import type { KnownRegions } from './knownRegions';
import { formatLq, starMarks } from './ratingText';

export function SpecialisationMatrix({ data, known }: { data: CompareResponse; known: KnownRegions }) {
  const lang = useLang();
  const s = useCompareText();
  const { search } = useLocation();
  const choose = (id: string) => {
    const next = new URLSearchParams(search);
    next.set('industry', id);
    return `?${next.toString().replaceAll('%2C', ',')}`;
  };
  return (
    <section className="card" aria-labelledby="compare-matrix" data-testid="compare-matrix">
      <h2 id="compare-matrix">{s('matrix')}</h2>
      <p className="banner banner-note" role="note">
        {s('noIndustry')} {s('matrixIntro')}
      </p>
      {data.industries.length === 0 ? (
        <Empty>{s('noKeyIndustries')}</Empty>
      ) : (
        <div className="table-scroll">
          <table className="data-table compare-matrix-table">
            <thead>
              <tr>
                <th scope="col">{s('region')}</th>
                {data.industries.map((industry) => (
                  <th key={industry.id} scope="col">
                    <Link to={{ search: choose(industry.id) }}>{lang.name(industry)}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.regions.map((row) => (
                <tr key={row.region.id}>
                  <th scope="row">
                    {lang.name(row.region)} {known.illustrative.has(row.region.id) && <IllustrativeBadge />}
                  </th>
                  {data.industries.map((industry) => {
                    const rating = row.cells.find((cell) => cell.industry.id === industry.id)?.specialisation;
                    if (!rating || rating.kind !== 'rated') return <td key={industry.id} className="muted">{rating ? s('notRated') : '—'}</td>;
                    return (
                      <td key={industry.id} className="num">
                        {formatLq(rating.lq)} <span aria-hidden="true">{starMarks(rating.stars.count)}</span>
                        <span className="visually-hidden">{s('starsCount', { count: rating.stars.count })}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CompareNotes data={data} known={known} />
    </section>
  );
}
