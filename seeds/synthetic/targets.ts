// Indicators over the province with targets for two years and measurements: some indicators have no
// measurement (every target of theirs has no data), the others a flat series before both target years,
// whose value meets some targets (met) and whose flat trend misses others (off track), by clear margins.
import { pad } from './names';
import { SYNTHETIC_IDS, SYNTHETIC_PROVENANCE } from './params';
import { plantCount, type World } from './world';

const TARGET_YEARS = [2020, 2025] as const;

export function buildTargets(world: World): void {
  const { graph, params, rng } = world;
  const indicators = Array.from({ length: params.indicators }, (_, n) => `syn-ind-${pad(n + 1, 3)}`);
  const noData = new Set(rng.sample(indicators, plantCount(indicators.length, params.gapRates.targetNoData)));
  const measuredTargets = indicators.filter((id) => !noData.has(id)).flatMap((id) => TARGET_YEARS.map((year) => `${id}-t${year}`));
  const behind = new Set(rng.sample(measuredTargets, plantCount(measuredTargets.length, params.gapRates.targetBehind)));
  world.planted['target-no-data'] = noData.size * TARGET_YEARS.length;
  world.planted['target-off-track'] = behind.size;

  indicators.forEach((id, n) => {
    graph.node('Indicator', {
      id,
      nameZh: `示例指标${pad(n + 1, 3)}`,
      nameEn: `Sample indicator ${pad(n + 1, 3)}`,
      unit: '亿元',
      scope: SYNTHETIC_IDS.province,
      higherIsBetter: true,
      ...SYNTHETIC_PROVENANCE,
    });
    const latest = rng.between(100, 1000);
    for (const year of TARGET_YEARS) {
      const target = `${id}-t${year}`;
      graph.node('Target', {
        id: target,
        nameZh: `示例指标${pad(n + 1, 3)} ${year} 年目标`,
        nameEn: `Sample indicator ${pad(n + 1, 3)}: ${year} target`,
        indicatorId: id,
        year,
        value: behind.has(target) ? Math.round(latest * 1.2) : Math.round(latest * 0.8),
        comparator: '>=',
        unit: '亿元',
        ...SYNTHETIC_PROVENANCE,
      });
      graph.rel('TARGET_FOR', target, id);
    }
    if (noData.has(id)) return;
    for (const [year, value] of [[2018, latest], [2019, latest]] as const) {
      const measurement = `${id}-m${year}`;
      graph.node('Measurement', {
        id: measurement,
        nameZh: `示例指标${pad(n + 1, 3)} ${year} 年监测值`,
        nameEn: `Sample indicator ${pad(n + 1, 3)}: ${year} measurement`,
        indicatorId: id,
        year,
        value,
        ...SYNTHETIC_PROVENANCE,
      });
      graph.rel('MEASURES', measurement, id);
    }
  });
}
