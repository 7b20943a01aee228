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

/** Round ticks (1, 2 or 5 × 10^k, about five of them) with room above for the labels. */
function niceAxis(lo: number, hi: number): { min: number; max: number; interval: number } {
  const span = hi - lo || Math.abs(hi) || 1;
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const interval = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const min = Math.floor((lo - span * 0.05) / interval) * interval;
  return { min: lo >= 0 ? Math.max(0, min) : min, max: Math.ceil((hi + span * 0.15) / interval) * interval, interval };
}

/** Years on the axis: the series and the target year, one tick a year. */
function yearRange(item: TargetProgress): [number, number] {
  const years = [...item.series.map((p) => p.year), item.target.year];
  return [Math.min(...years), Math.max(...years)];
}

/** compact (the detail panel, ~340 px): no end labels, whose room the plot needs; the caption names the lines. */
export function targetChartOption(item: TargetProgress, words: TargetChartWords, compact = false): ChartOption {
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
  const axis = niceAxis(Math.min(...values), Math.max(...values));
  return {
    animation: false,
    textStyle: TEXT,
    grid: { left: 12, right: compact ? 16 : 170, top: 36, bottom: 12, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    // A year of margin each side (ticks fall on whole years from the axis' minimum); only data years are named.
    xAxis: {
      type: 'value',
      min: from - 1,
      max: to + 1,
      interval: 1,
      axisLabel: { ...TEXT, formatter: (v: number) => (v >= from && v <= to ? String(v) : '') },
    },
    yAxis: { type: 'value', ...axis, axisLabel: { ...TEXT, formatter: (v: number) => words.format(round(v)) } },
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
        endLabel: { show: !compact, ...TEXT, formatter: words.measured },
        markLine: {
          silent: true,
          symbol: 'none',
          data: [
            {
              yAxis: goal,
              lineStyle: { type: 'dashed', width: 2, color: SEVERITY_COLOURS.high },
              // Above the line's start: the trend's label owns the right-hand end.
              label: { formatter: words.targetLabel, position: 'insideStartTop', ...TEXT, color: '#7a2437' },
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
        endLabel: { show: !compact, ...TEXT, color: INK.muted, formatter: words.trendLabel },
      },
    ],
  };
}
