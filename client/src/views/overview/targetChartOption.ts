// A target's chart as an ECharts option: its yearly measurements (solid line, dots, each value written),
// the least-squares trend to the target year (dotted, grey, labelled) and the target (dashed, labelled).
// Line style and labels tell them apart, never colour alone. Types only from ECharts: no bundle cost.
import type { TargetProgress } from '../../../../graph/model';
import { INK, SEVERITY_COLOURS } from '../../theme/palette';
import { GRAPH_FONT } from '../chains/style';
import type { ChartOption } from '../compare/chartOptions';

const TEXT = { fontFamily: GRAPH_FONT, fontSize: 13, color: INK.text };

export interface TargetChartWords {
  measured: string;
  trend: string;
  /** The target line's label, e.g. "目标 ≥ 2.7%（2018 年）". */
  targetLabel: string;
  /** The trend's end label, e.g. "趋势 2018 年：2.8%". */
  trendLabel: string;
  /** A value as the reader writes it, with its unit. */
  format: (value: number) => string;
}

const round = (value: number): number => Math.round(value * 100) / 100;

/** Years on the axis: the series and the target year, one tick a year. */
function yearRange(item: TargetProgress): [number, number] {
  const years = [...item.series.map((p) => p.year), item.target.year];
  return [Math.min(...years), Math.max(...years)];
}

export function targetChartOption(item: TargetProgress, words: TargetChartWords): ChartOption {
  const [from, to] = yearRange(item);
  const goal = item.target.value ?? 0;
  const trend = item.trend;
  const trendData =
    trend && trend.points > 1
      ? [
          [trend.fromYear, round(trend.projected - trend.slope * (item.target.year - trend.fromYear))],
          [item.target.year, round(trend.projected)],
        ]
      : trend
        ? [
            [trend.toYear, round(trend.projected)],
            [item.target.year, round(trend.projected)],
          ]
        : [];
  const values = [goal, ...item.series.map((p) => p.value), ...trendData.map(([, v]) => v ?? 0)];
  const span = Math.max(...values) - Math.min(...values) || Math.abs(goal) || 1;
  return {
    animation: false,
    textStyle: TEXT,
    grid: { left: 12, right: 150, top: 36, bottom: 12, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    xAxis: { type: 'value', min: from - 0.5, max: to + 0.5, interval: 1, axisLabel: { ...TEXT, formatter: (v: number) => (Number.isInteger(v) ? String(v) : '') } },
    yAxis: {
      type: 'value',
      min: Math.min(...values) - span * 0.2,
      max: Math.max(...values) + span * 0.2,
      axisLabel: { ...TEXT, formatter: (v: number) => words.format(round(v)) },
    },
    series: [
      {
        type: 'line',
        name: words.measured,
        data: item.series.map((p) => [p.year, p.value]),
        symbol: 'circle',
        symbolSize: 9,
        lineStyle: { type: 'solid', width: 2.5, color: SEVERITY_COLOURS.low },
        itemStyle: { color: SEVERITY_COLOURS.low },
        label: { show: true, position: 'top', ...TEXT, formatter: (p: { value: unknown }) => words.format((p.value as number[])[1] ?? 0) },
        endLabel: { show: true, ...TEXT, formatter: words.measured },
        markLine: {
          silent: true,
          symbol: 'none',
          data: [
            {
              yAxis: goal,
              lineStyle: { type: 'dashed', width: 2, color: SEVERITY_COLOURS.high },
              label: { formatter: words.targetLabel, position: 'end', ...TEXT, color: '#7a2437' },
            },
          ],
        },
      },
      {
        type: 'line',
        name: words.trend,
        data: trendData,
        symbol: 'none',
        lineStyle: { type: 'dotted', width: 2, color: INK.muted },
        endLabel: { show: true, ...TEXT, color: INK.muted, formatter: words.trendLabel },
      },
    ],
  };
}
