// Rule 5, targets: each quantitative target judged by its indicator's yearly series over the target's
// region (targetTrend.ts: met, on track, off track or no data); qualitative targets are listed, not judged.
// Off track and no data are gaps; met, on track and qualitative are not.
import { z } from 'zod';
import type { ManagedTransaction } from 'neo4j-driver';
import { COMPARATORS, type Gap, type NodeRef, type TargetProgress } from '../../../graph/model';
import { makeGap, type RuleDefinition } from '../gap';
import { refMap } from '../cypher';
import type { RuleContext } from '../params';
import { Ids, readRows, Ref } from '../read';
import { judgeTarget, yearlySeries as yearly, type Judgement } from './targetTrend';

export { comparatorText, meetsTarget } from './targetTrend';

export const TARGET_RULES = {
  offTrack: {
    id: 'target-off-track',
    category: 'targets',
    defaultSeverity: 'high',
    titleZh: '目标偏离进度',
    titleEn: 'Target off track',
    explanationZh: '目标年份的监测值未达到目标，或各年监测值的线性趋势外推到目标年份达不到目标（“约”类目标允许 ±10%，可配置）。',
    explanationEn: "The target year's measurement misses the target, or the linear trend of the yearly measurements projected to the target year does not reach it ('about' targets allow ±10%, configurable).",
  },
  noData: {
    id: 'target-no-data',
    category: 'targets',
    defaultSeverity: 'low',
    titleZh: '目标缺少监测数据',
    titleEn: 'Target without data',
    explanationZh: '目标所对应的指标在目标年份及以前没有任何监测值，无法判断进度。',
    explanationEn: "The target's indicator has no measurement in or before the target year, so its progress cannot be told.",
  },
} as const satisfies Record<string, RuleDefinition>;

// A measurement counts for the target's region: its own regionId, else the indicator's scope.
export const TARGETS_QUERY = `
MATCH (t:Target)
OPTIONAL MATCH (t)-[:TARGET_FOR]->(ind:Indicator)
WITH t, ind, coalesce(t.regionId, ind.scope, $cityId) AS scope
WITH t, ind, scope, [scope] + COLLECT { MATCH (:Region {id: scope})-[:PART_OF*1..]->(up:Region) RETURN up.id } AS regionIds
WHERE $regionIds IS NULL OR any(x IN regionIds WHERE x IN $regionIds)
RETURN ${refMap('t')} AS target, t.year AS year, t.value AS value, coalesce(t.unit, ind.unit, '') AS unit,
  coalesce(t.comparator, '>=') AS comparator, t.textZh AS textZh, t.textEn AS textEn, t.sourceRef AS sourceRef,
  CASE WHEN ind IS NULL THEN null ELSE ${refMap('ind')} END AS indicator,
  coalesce(ind.higherIsBetter, true) AS higherIsBetter, scope, regionIds,
  COLLECT {
    MATCH (m:Measurement)-[r:MEASURES]->(ind)
    WHERE coalesce(m.regionId, ind.scope, $cityId) = scope
    RETURN ${refMap('m', 'r', 'year: m.year, value: m.value')}
    ORDER BY m.year, m.id
  } AS measurements
ORDER BY t.year, t.id`;

const Comparator = z.enum(COMPARATORS);

const Row = z.object({
  target: Ref,
  year: z.number(),
  value: z.number().nullable(),
  unit: z.string(),
  comparator: Comparator,
  textZh: z.string().nullable(),
  textEn: z.string().nullable(),
  sourceRef: z.string().nullable(),
  indicator: Ref.nullable(),
  higherIsBetter: z.boolean(),
  scope: z.string(),
  regionIds: Ids,
  measurements: z.array(Ref.extend({ year: z.number(), value: z.number() })),
});
type Row = z.infer<typeof Row>;

export interface TargetFacts {
  progress: TargetProgress;
  /** The latest measurement used, cited as evidence. */
  measurement: NodeRef | null;
  regionIds: string[];
}

function judge(row: Row, tolerance: number): Judgement {
  if (row.value === null || row.indicator === null) {
    return {
      status: 'qualitative',
      latest: null,
      trend: null,
      reasonZh: '定性目标：不按趋势判定，见目标原文。',
      reasonEn: 'Qualitative target: not judged by trend; see its text.',
    };
  }
  const series = row.measurements.map((m) => ({ year: m.year, value: m.value, illustrative: m.illustrative }));
  return judgeTarget(series, { year: row.year, value: row.value, comparator: row.comparator, unit: row.unit }, tolerance, row.higherIsBetter);
}

export async function loadTargets(tx: ManagedTransaction, ctx: RuleContext): Promise<TargetFacts[]> {
  const rows = readRows(await tx.run(TARGETS_QUERY, ctx.params), Row);
  return rows.map((row) => {
    const { status, latest, trend, reasonZh, reasonEn } = judge(row, ctx.config.targets.approxTolerance);
    const measured = latest ? row.measurements.filter((m) => m.year === latest.year).at(-1) : undefined;
    const series = row.measurements.map((m) => ({ year: m.year, value: m.value, illustrative: m.illustrative }));
    return {
      progress: {
        target: {
          ...row.target,
          year: row.year,
          value: row.value,
          unit: row.unit,
          comparator: row.comparator,
          textZh: row.textZh,
          textEn: row.textEn,
          sourceRef: row.sourceRef ?? '',
        },
        indicator: row.indicator,
        regionId: row.scope,
        latest,
        series: yearly(series),
        trend,
        status,
        reasonZh,
        reasonEn,
      },
      measurement: measured
        ? { id: measured.id, label: measured.label, nameZh: measured.nameZh, nameEn: measured.nameEn, illustrative: measured.illustrative }
        : null,
      regionIds: row.regionIds,
    };
  });
}

export function targetGaps(all: readonly TargetFacts[], ctx: RuleContext): Gap[] {
  const gaps: Gap[] = [];
  for (const { progress, measurement, regionIds } of all) {
    if (progress.status !== 'off-track' && progress.status !== 'no-data') continue;
    const t = progress.target;
    const indicator = progress.indicator;
    const evidence = [indicator, measurement].filter((r): r is NodeRef => r !== null);
    gaps.push(
      makeGap(
        {
          rule: progress.status === 'off-track' ? TARGET_RULES.offTrack : TARGET_RULES.noData,
          subject: { id: t.id, label: t.label, nameZh: t.nameZh, nameEn: t.nameEn, illustrative: t.illustrative },
          industryId: null,
          evidence,
          regionIds,
          explanationZh: `「${indicator?.nameZh ?? t.nameZh}」${progress.reasonZh}`,
          explanationEn: `"${indicator?.nameEn ?? t.nameEn}": ${progress.reasonEn}`,
        },
        ctx.config,
      ),
    );
  }
  return gaps;
}
