// The one module that imports ECharts, loaded with import() when a chart is first drawn, so the shell
// and the comparison's table never wait for it. Only the parts the charts draw are registered: bar and
// scatter series (comparison), line series (the overview's target trends), a grid, reference lines and
// areas, on canvas.
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartOption } from './chartOptions';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, MarkLineComponent, MarkAreaComponent, CanvasRenderer]);

export interface ChartHandle {
  /** Draws a new option in place of the old one (a language switch, new data). */
  set(option: ChartOption): void;
  dispose(): void;
}

/** Draws `option` into `box` and follows the box's size. */
export function mountChart(box: HTMLElement, option: ChartOption): ChartHandle {
  const chart = echarts.init(box, null, { renderer: 'canvas' });
  chart.setOption(option);
  const observer = new ResizeObserver(() => chart.resize());
  observer.observe(box);
  return {
    set: (next) => chart.setOption(next, { notMerge: true }),
    dispose: () => {
      observer.disconnect();
      chart.dispose();
    },
  };
}
