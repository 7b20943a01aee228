// The targets for a 2-core machine, checked against one run's figures.
import type { BenchResults, TargetCheck } from './results';

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

/** The same target for a first load through npm run bulk-load (the offline importer), when it ran. */
function bulkTarget(r: Omit<BenchResults, 'targets'>): TargetCheck {
  const bulk = 'skipped' in r.import.bulk ? null : r.import.bulk;
  return {
    key: 'bulkNodes',
    titleZh: '首次装载节点速度（离线批量）',
    titleEn: 'First load (bulk-load), nodes',
    target: '≥ 50,000 nodes/s',
    measured: bulk?.nodesPerSecond ? `${fmt(bulk.nodesPerSecond)} nodes/s (whole load ${fmt(bulk.rowsPerSecond)} rows/s)` : 'not measured',
    met: bulk?.nodesPerSecond ? bulk.nodesPerSecond >= 50_000 : null,
  };
}

export function checkTargets(r: Omit<BenchResults, 'targets'>): TargetCheck[] {
  const op = (key: string) => r.queries.find((q) => q.key === key);
  const checks: TargetCheck[] = [
    {
      key: 'importNodes',
      titleZh: '批量导入节点速度',
      titleEn: 'Batched import, nodes',
      target: '≥ 50,000 nodes/s',
      measured: `${fmt(r.import.full.nodesPerSecond)} nodes/s`,
      met: r.import.full.nodesPerSecond >= 50_000,
    },
    bulkTarget(r),
    {
      key: 'importRatio',
      titleZh: '批量导入相对逐行事务',
      titleEn: 'Batched over naive import',
      target: '≥ 20×',
      measured: `${fmt(r.import.sample.importer.ratio, 1)}×`,
      met: r.import.sample.importer.ratio >= 20,
    },
  ];
  const matrix = op('matrix');
  checks.push({
    key: 'matrixWarm',
    titleZh: '全省矩阵（热）',
    titleEn: 'Province gap matrix, warm',
    target: '≤ 500 ms',
    measured: matrix ? `${fmt(matrix.api.medianMs, 1)} ms` : 'not measured',
    met: matrix ? matrix.api.medianMs <= 500 : null,
  });
  const industry = op('industryGaps');
  checks.push({
    key: 'industryGaps',
    titleZh: '单个产业缺口（中位数）',
    titleEn: "One industry's gaps, median",
    target: '≤ 50 ms',
    measured: industry ? `${fmt(industry.api.medianMs, 1)} ms` : 'not measured',
    met: industry ? industry.api.medianMs <= 50 : null,
  });
  for (const q of r.queries) {
    if (q.overhead === null) continue;
    checks.push({
      key: `overhead:${q.key}`,
      titleZh: `接口开销：${q.title.split(' / ')[1] ?? q.title}`,
      titleEn: `API overhead: ${q.title.split(' / ')[0] ?? q.title}`,
      target: '≤ 1.25 × driver',
      measured: `${fmt(q.overhead, 2)}×`,
      met: q.overhead <= 1.25,
    });
  }
  const chain = Array.isArray(r.browser) ? r.browser.find((b) => b.targetElements <= 2_000) : undefined;
  checks.push({
    key: 'chainRender',
    titleZh: '2,000 元素产业链视图首次渲染',
    titleEn: '2,000-element chain view, first render',
    target: '≤ 1.5 s',
    measured: chain ? `${fmt(chain.firstRender.medianMs)} ms (${fmt(chain.elements)} elements)` : 'not measured',
    met: chain ? chain.firstRender.medianMs <= 1_500 : null,
  });
  const rss = r.memory.underLoadPeakRssMb;
  const unbudgeted = r.loadWithoutHeapBudget;
  const budgetText = ` with ${r.memory.apiNodeOptions}` + (unbudgeted?.peakRssMb ? ` (${fmt(unbudgeted.peakRssMb)} MB with Node's default heap limit)` : '');
  checks.push({
    key: 'memory',
    titleZh: '负载下 Node 进程内存',
    titleEn: 'Node process memory under load',
    target: '< 500 MB',
    measured: rss === null ? 'not measured' : `${fmt(rss)} MB${budgetText}`,
    met: rss === null ? null : rss < 500,
  });
  return checks;
}
