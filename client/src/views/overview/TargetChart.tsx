// One target's series drawn with its target line and trend (ECharts through the comparison's lazy
// loader, so the overview's first paint never waits for it), followed by the same numbers as a table.
import { useMemo } from 'react';
import { valueWithUnit, type TargetProgress } from '../../../../graph/model';
import { useLang } from '../../i18n/lang';
import { EChart } from '../compare/EChart';
import { targetChartOption } from './targetChartOption';
import { useTargetText } from './targetText';

const COMPARATOR_SIGNS: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '≈' };

export function TargetChart({ item, compact = false }: { item: TargetProgress; compact?: boolean }) {
  const lang = useLang();
  const tt = useTargetText();
  const format = (value: number): string => valueWithUnit(String(Math.round(value * 100) / 100), item.target.unit, lang.lang);
  const name = lang.name(item.indicator ?? item.target);
  const option = useMemo(
    () =>
      targetChartOption(item, {
        measured: tt('measured'),
        trend: tt('trend'),
        targetLabel: tt('targetLine', {
          cmp: COMPARATOR_SIGNS[item.target.comparator] ?? item.target.comparator,
          value: valueWithUnit(String(item.target.value ?? ''), item.target.unit, lang.lang),
          year: item.target.year,
        }),
        trendLabel: item.trend ? tt('trendLabel', { year: item.target.year, value: format(item.trend.projected) }) : '',
        format,
      }, compact),
    // format depends only on the unit and language, both covered.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [item, tt, lang.lang, compact],
  );
  if (item.series.length === 0) return <p className="muted">{tt('noSeries')}</p>;
  return (
    <EChart
      title={tt('chartTitle', { name })}
      description={tt('chartDesc')}
      option={option}
      height={compact ? 240 : 300}
      testId={compact ? 'target-chart-compact' : 'target-chart'}
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{tt('year')}</th>
              <th scope="col">{tt('measured')}</th>
            </tr>
          </thead>
          <tbody>
            {item.series.map((p) => (
              <tr key={p.year}>
                <th scope="row">{p.year}</th>
                <td>{format(p.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
