// The comparison's charts: LQ by region against 1 and the specialisation threshold, and, when two years
// of data exist, LQ against growth in four quadrants; otherwise a sentence says only one year exists.
import { useMemo } from 'react';
import type { CompareResponse } from '../../../../graph/model/compare';
import { ChartTable } from '../../components/ChartTable';
import { useLang } from '../../i18n/lang';
import { lqBarsOption, quadrantOption } from './chartOptions';
import { useCompareText } from './compareText';
import { rowsOf } from './CompareTable';
import { EChart } from './EChart';
import { formatLq, growthPercent, ratingLabel, signedPercent } from './ratingText';

const BAR_HEIGHT = 40;

export function CompareCharts({ data }: { data: CompareResponse }) {
  const lang = useLang();
  const s = useCompareText();
  const industry = data.industry ? lang.name(data.industry) : '';
  const threshold = data.thresholds.specialisationLq;
  const rows = useMemo(() => rowsOf(data), [data]);

  const bars = useMemo(
    () => rows.map(({ row, cell }) => ({ name: lang.name(row.region), lq: cell.specialisation.kind === 'rated' ? cell.specialisation.lq : null, text: ratingLabel(cell.specialisation, s) })),
    [rows, lang, s],
  );
  const barsOption = useMemo(
    () => lqBarsOption({ bars, threshold, axisName: s('lq'), parLabel: s('lineOne'), thresholdLabel: s('lineThreshold', { lq: threshold }) }),
    [bars, threshold, s],
  );
  const points = useMemo(
    () =>
      rows.flatMap(({ row, cell }) => {
        const growth = growthPercent(cell);
        return cell.specialisation.kind === 'rated' && growth !== null ? [{ name: lang.name(row.region), lq: cell.specialisation.lq, growth }] : [];
      }),
    [rows, lang],
  );
  const quadrant = useMemo(
    () => quadrantOption({ points, xName: s('lq'), yName: s('growth'), corners: s('corners').split('|') as [string, string, string, string] }),
    [points, s],
  );
  const { fromYear, toYear } = data.growth;

  return (
    <section className="card compare-charts" aria-labelledby="compare-charts" data-testid="compare-charts">
      <h2 id="compare-charts">{s('lqChart')}</h2>
      <EChart
        testId="compare-lq-chart"
        title={s('lqChartTitle', { industry })}
        description={s('lqChartDesc', { lq: threshold })}
        option={barsOption}
        height={bars.length * BAR_HEIGHT + 90}
        table={<ChartTable columns={[s('region'), s('lq')]} rows={bars.map((bar) => ({ key: bar.name, cells: [bar.name, bar.text] }))} />}
      />
      {data.growth.available ? (
        <EChart
          testId="compare-quadrant"
          title={s('quadrantTitle', { industry, from: fromYear, to: toYear })}
          description={s('quadrantDesc')}
          option={quadrant}
          height={380}
          table={
            <ChartTable
              columns={[s('region'), s('lq'), s('growth')]}
              rows={points.map((point) => ({ key: point.name, cells: [point.name, formatLq(point.lq), signedPercent(point.growth)] }))}
            />
          }
        />
      ) : (
        <p className="banner banner-note" role="note" data-testid="compare-one-year">
          {s('oneYear')}
        </p>
      )}
      <p className="muted compare-growth-note">{lang.pick(data.growth.note.zh, data.growth.note.en)}</p>
    </section>
  );
}
