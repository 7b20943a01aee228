// The comparison's two charts as ECharts options, built from data already in the reader's words. Only
// types come from ECharts here, so this file costs the main bundle nothing. Marks are one Tol blue:
// a region is told by its label, never by colour, and the reference lines differ in style as well.
import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, MarkAreaComponentOption, MarkLineComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { INK, SEVERITY_COLOURS } from '../../theme/palette';
import { GRAPH_FONT } from '../chains/style';

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | ScatterSeriesOption | GridComponentOption | MarkLineComponentOption | MarkAreaComponentOption
>;

/** Tol high-contrast blue, the marks' one colour. */
const MARK = SEVERITY_COLOURS.low;
const TEXT = { fontFamily: GRAPH_FONT, fontSize: 13, color: INK.text };

export interface LqBar {
  name: string;
  /** null: too small to rate (no bar; `text` says so). */
  lq: number | null;
  /** What the bar's end says: the LQ and stars, or "too small to rate". */
  text: string;
}

export interface LqBarsInput {
  bars: LqBar[];
  threshold: number;
  axisName: string;
  parLabel: string;
  thresholdLabel: string;
}

/** A little past the largest value and the threshold, so both lines and every label fit. */
function axisMax(values: number[], threshold: number): number {
  return Math.ceil(Math.max(threshold, ...values) * 1.15 * 2) / 2;
}

/** Horizontal bars of LQ by region, with 1 (solid) and the specialisation threshold (dashed). */
export function lqBarsOption(input: LqBarsInput): ChartOption {
  const rated = input.bars.flatMap((bar) => (bar.lq === null ? [] : [bar.lq]));
  // A category axis counts from the bottom: reversed, the first region is on top and the lines' ends
  // (where their labels go) stay at the top.
  const bars = [...input.bars].reverse();
  // The right margin holds the longest bar's label ("2.44 ★★☆"): outerBounds contains axis labels, not these.
  return {
    animation: false,
    textStyle: TEXT,
    grid: { left: 8, right: 76, top: 48, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    xAxis: { type: 'value', name: input.axisName, nameLocation: 'middle', nameGap: 28, min: 0, max: axisMax(rated, input.threshold), axisLabel: TEXT },
    yAxis: { type: 'category', data: bars.map((bar) => bar.name), axisLabel: { ...TEXT, width: 140, overflow: 'break' } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 26,
        itemStyle: { color: MARK },
        data: bars.map((bar) => ({ value: bar.lq ?? 0, label: { show: true, position: 'right', formatter: bar.text, ...TEXT } })),
        markLine: {
          silent: true,
          symbol: 'none',
          data: [
            { xAxis: 1, lineStyle: { type: 'solid', color: INK.text, width: 1.5 }, label: { formatter: input.parLabel, position: 'end', distance: 4, ...TEXT } },
            {
              xAxis: input.threshold,
              lineStyle: { type: 'dashed', color: SEVERITY_COLOURS.high, width: 2 },
              label: { formatter: input.thresholdLabel, position: 'end', distance: 22, ...TEXT, color: '#7a2437' },
            },
          ],
        },
      },
    ],
  };
}

export interface QuadrantPoint {
  name: string;
  lq: number;
  /** Growth as a percentage (12 is +12%). */
  growth: number;
}

export interface QuadrantInput {
  points: QuadrantPoint[];
  xName: string;
  yName: string;
  /** Names of the four quadrants: top right, bottom right, top left, bottom left. */
  corners: [string, string, string, string];
}

/** LQ across, growth up, split at LQ 1 and growth 0 into four named quadrants. */
export function quadrantOption(input: QuadrantInput): ChartOption {
  const xMax = axisMax(input.points.map((p) => p.lq), 1);
  const span = Math.max(10, ...input.points.map((p) => Math.abs(p.growth)));
  const yMax = Math.ceil((span * 1.2) / 5) * 5;
  const corner = (label: string, x: [number, number], y: [number, number], position: 'insideTopRight' | 'insideBottomRight' | 'insideTopLeft' | 'insideBottomLeft') =>
    [
      { xAxis: x[0], yAxis: y[0], itemStyle: { color: 'transparent' }, label: { show: true, position, formatter: label, ...TEXT, color: INK.muted } },
      { xAxis: x[1], yAxis: y[1] },
    ] as const;
  const [topRight, bottomRight, topLeft, bottomLeft] = input.corners;
  return {
    animation: false,
    textStyle: TEXT,
    grid: { left: 8, right: 24, top: 32, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    xAxis: { type: 'value', name: input.xName, nameLocation: 'middle', nameGap: 28, min: 0, max: xMax, axisLabel: TEXT, splitLine: { show: false } },
    yAxis: { type: 'value', name: input.yName, min: -yMax, max: yMax, axisLabel: { ...TEXT, formatter: '{value}%' }, splitLine: { show: false } },
    series: [
      {
        type: 'scatter',
        symbolSize: 12,
        itemStyle: { color: MARK, borderColor: INK.paper, borderWidth: 1 },
        data: input.points.map((p) => ({ name: p.name, value: [p.lq, p.growth] })),
        label: { show: true, position: 'right', formatter: '{b}', ...TEXT },
        labelLayout: { hideOverlap: false, moveOverlap: 'shiftY' },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: INK.text, type: 'solid', width: 1.5 },
          data: [{ xAxis: 1 }, { yAxis: 0 }],
        },
        markArea: {
          silent: true,
          data: [
            corner(topRight, [1, xMax], [0, yMax], 'insideTopRight'),
            corner(bottomRight, [1, xMax], [-yMax, 0], 'insideBottomRight'),
            corner(topLeft, [0, 1], [0, yMax], 'insideTopLeft'),
            corner(bottomLeft, [0, 1], [-yMax, 0], 'insideBottomLeft'),
          ] as unknown as MarkAreaComponentOption['data'],
        },
      },
    ],
  };
}
