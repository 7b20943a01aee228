// The comparison page's chart options (client/src/views/compare/chartOptions.ts), drawn by ECharts' own
// server-side SVG renderer with the parts the page registers: every region and label reaches the
// drawing, the reference lines sit at LQ 1 and the threshold, and the quadrant splits at LQ 1 and 0%.
import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { describe, expect, it } from 'vitest';
import { lqBarsOption, quadrantOption, type ChartOption } from '../../client/src/views/compare/chartOptions';

echarts.use([BarChart, ScatterChart, GridComponent, MarkLineComponent, MarkAreaComponent, SVGRenderer]);

function draw(option: ChartOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 360 });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

describe('comparison charts', () => {
  it('draws LQ bars with the first region on top, "too small" as words without a bar, and both reference lines', () => {
    const option = lqBarsOption({
      bars: [
        { name: 'Nantong', lq: 0.75, text: '0.75 ★☆☆' },
        { name: 'Nanjing', lq: 2.44, text: '2.44 ★★☆' },
        { name: 'Rugao', lq: null, text: 'too small to rate' },
      ],
      threshold: 2,
      axisName: 'LQ',
      parLabel: 'par 1',
      thresholdLabel: 'specialised 2',
    });
    // A category axis counts from the bottom, so the list is drawn reversed: Nantong last, i.e. on top.
    expect((option.yAxis as { data: string[] }).data).toEqual(['Rugao', 'Nanjing', 'Nantong']);
    const lines = (option.series as { markLine: { data: { xAxis: number }[] } }[])[0]?.markLine.data.map((d) => d.xAxis);
    expect(lines).toEqual([1, 2]);
    const svg = draw(option);
    for (const text of ['Nantong', 'Nanjing', 'Rugao', '0.75 ★☆☆', '2.44 ★★☆', 'too small to rate', 'par 1', 'specialised 2']) expect(svg).toContain(text);
  });

  it('draws the quadrant: a labelled point per region, lines at LQ 1 and growth 0, the four corners named', () => {
    const corners: [string, string, string, string] = ['specialised, growing', 'specialised, shrinking', 'emerging', 'weak, shrinking'];
    const option = quadrantOption({
      points: [
        { name: 'Nantong', lq: 0.75, growth: 12.5 },
        { name: 'Nanjing', lq: 2.44, growth: -4 },
      ],
      xName: 'LQ',
      yName: 'Growth',
      corners,
    });
    const series = (option.series as { markLine: { data: object[] } }[])[0];
    expect(series?.markLine.data).toEqual([{ xAxis: 1 }, { yAxis: 0 }]);
    // Growth is symmetric around 0, so the 0% line is the middle of the plot whatever the figures.
    const y = option.yAxis as { min: number; max: number };
    expect(y.min).toBe(-y.max);
    expect(y.max).toBeGreaterThanOrEqual(12.5);
    const svg = draw(option);
    for (const text of ['Nantong', 'Nanjing', '10%', '-10%', ...corners]) expect(svg).toContain(text);
  });
});
