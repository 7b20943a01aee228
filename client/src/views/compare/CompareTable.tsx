// The comparison as a table, one region a row: its firms in the industry, link coverage, 六个一 and
// score, LQ (or "too small to rate") with its stars in symbols and words, and growth.
import { Link } from 'react-router';
import type { CompareCell, CompareResponse } from '../../../../graph/model/compare';
import { IllustrativeBadge } from '../../components/Illustrative';
import { useLang } from '../../i18n/lang';
import { regionPath } from '../../state/landing';
import { useRegionText } from '../regions/regionText';
import { useCompareText } from './compareText';
import { formatLq, growthPercent, signedPercent, starMarks, starWords, tooSmallReason } from './ratingText';

/** Each region with its cell for the chosen industry (a region the answer has no cell for is left out). */
export function rowsOf(data: CompareResponse): { row: CompareResponse['regions'][number]; cell: CompareCell }[] {
  const id = data.industry?.id;
  return data.regions.flatMap((row) => {
    const cell = row.cells.find((c) => c.industry.id === id);
    return cell ? [{ row, cell }] : [];
  });
}

export function CompareTable({ data, illustrative }: { data: CompareResponse; illustrative: ReadonlySet<string> }) {
  const lang = useLang();
  const s = useCompareText();
  const { kindName } = useRegionText();
  const industry = data.industry ? lang.name(data.industry) : '';
  const minCount = data.thresholds.minCount;
  return (
    <div className="table-scroll compare-table-scroll">
      <table className="data-table compare-table" data-testid="compare-table">
        <caption>{s('tableCaption', { industry })}</caption>
        <thead>
          <tr>
            <th scope="col">{s('region')}</th>
            <th scope="col" className="num">{s('firms')}</th>
            <th scope="col">{s('coverage')}</th>
            <th scope="col">{s('sixOnes')}</th>
            <th scope="col" className="num">{s('score')}</th>
            <th scope="col">{s('lq')}</th>
            <th scope="col">{s('stars')}</th>
            <th scope="col">{s('growth')}</th>
          </tr>
        </thead>
        <tbody>
          {rowsOf(data).map(({ row, cell }) => (
            <tr key={row.region.id} data-testid="compare-row" data-region={row.region.id}>
              <th scope="row">
                <Link to={lang.href(regionPath(row.region.id))}>{lang.name(row.region)}</Link>{' '}
                <span className="muted compare-kind">{kindName(row.region.kind)}</span>
                {illustrative.has(row.region.id) && <IllustrativeBadge />}
              </th>
              <td data-label={s('firms')} className="num">
                <span>
                  {cell.firms}
                  <span className="muted compare-sub">{s('firmsOfAll', { all: row.firms })}</span>
                </span>
              </td>
              <td data-label={s('coverage')}>{coverageText(cell, s)}</td>
              <td data-label={s('sixOnes')}>{cell.sixOnes.status === 'analysed' ? s('sixOnesOf', { filled: cell.sixOnes.filled, total: cell.sixOnes.of }) : <span className="muted">{s('notKeyIndustry')}</span>}</td>
              <td data-label={s('score')} className="num">{cell.sixOnes.status === 'analysed' ? Math.round(cell.sixOnes.score) : '—'}</td>
              <td data-label={s('lq')} data-testid="compare-lq">
                {cell.specialisation.kind === 'rated' ? (
                  <strong className="num">{formatLq(cell.specialisation.lq)}</strong>
                ) : (
                  <span>
                    {s('tooSmall')}
                    <span className="muted compare-sub">{tooSmallReason(cell.specialisation, minCount, s)}</span>
                  </span>
                )}
              </td>
              <td data-label={s('stars')} data-testid="compare-stars">
                {cell.specialisation.kind === 'rated' && (
                  <span>
                    <span className="compare-stars" aria-hidden="true">
                      {starMarks(cell.specialisation.stars.count)}
                    </span>{' '}
                    <span className="visually-hidden">{s('starsCount', { count: cell.specialisation.stars.count })}: </span>
                    {starWords(cell.specialisation, s)}
                  </span>
                )}
              </td>
              <td data-label={s('growth')}>{growthText(cell, s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function coverageText(cell: CompareCell, s: ReturnType<typeof useCompareText>): string {
  const coverage = cell.coverage;
  if (!coverage || coverage.share === null) return '—';
  return `${Math.round(coverage.share * 100)}% (${s('coverageOf', { covered: coverage.covered, total: coverage.links })})`;
}

function growthText(cell: CompareCell, s: ReturnType<typeof useCompareText>): string {
  const percent = growthPercent(cell);
  if (percent === null || cell.growth === null) return s('growthNone');
  return `${signedPercent(percent)} (${s('growthFromTo', { from: cell.growth.from, to: cell.growth.to })})`;
}
