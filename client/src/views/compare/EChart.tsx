// One chart: a titled figure whose canvas ECharts draws once its chunk has loaded (the product's loading
// and error states meanwhile), named for screen readers by its title and description, and followed by
// the same numbers as a table, which is also what a reader without the canvas gets.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { lazyModule, useLazyModule, WithModule } from '../chains/lazyModule';
import type { ChartOption } from './chartOptions';
import type { ChartHandle } from './echartsCore';
import { useCompareText } from './compareText';

const echartsModule = lazyModule(() => import('./echartsCore'));

interface Props {
  title: string;
  description: string;
  option: ChartOption;
  /** Canvas height in px (the width is the card's). */
  height: number;
  /** The chart's numbers as a table. */
  table: ReactNode;
  testId: string;
}

export function EChart({ title, description, option, height, table, testId }: Props) {
  const s = useCompareText();
  const state = useLazyModule(echartsModule);
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartHandle | null>(null);
  const titleId = useId();
  const descriptionId = useId();
  const ready = state.kind === 'ready' ? state.module : null;

  useEffect(() => {
    if (!ready || !box.current) return;
    chart.current = ready.mountChart(box.current, option);
    return () => {
      chart.current?.dispose();
      chart.current = null;
    };
    // Mounted once per module load; later options go through set() below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);
  useEffect(() => chart.current?.set(option), [option]);

  return (
    <figure className="compare-chart" data-testid={testId}>
      <figcaption>
        <h3 id={titleId}>{title}</h3>
        <p id={descriptionId} className="muted">
          {description}
        </p>
      </figcaption>
      <WithModule state={state}>
        {() => <div ref={box} className="compare-chart-canvas" role="img" aria-labelledby={titleId} aria-describedby={descriptionId} style={{ height }} />}
      </WithModule>
      <details className="compare-chart-table">
        <summary>{s('chartAsTable')}</summary>
        {table}
      </details>
    </figure>
  );
}
