// Rule 5, targets: each target's indicator, latest measurement (by year) against the target value:
// met, behind, or no data. A measurement from before the target year that already meets it counts as
// met; one that does not yet is behind.
import { z } from 'zod';
import type { ManagedTransaction } from 'neo4j-driver';
import { COMPARATORS, type Gap, type GapConfig, type NodeRef, type TargetProgress } from '../../../graph/model';
import { makeGap, type RuleDefinition } from '../gap';
import { refMap } from '../cypher';
import type { RuleContext } from '../params';
import { Ids, readRows, Ref } from '../read';
import { num } from '../text';

export const TARGET_RULES = {
  behind: {
    id: 'target-behind',
    category: 'targets',
    defaultSeverity: 'high',
    titleZh: '目标未达成',
    titleEn: 'Target behind',
    explanationZh: '指标最新监测值（按年份）未达到目标值（“约”类目标允许 ±10%，可配置）。',
    explanationEn: "The indicator's latest measurement (by year) does not meet the target ('about' targets allow ±10%, configurable).",
  },
  noData: {
    id: 'target-no-data',
    category: 'targets',
    defaultSeverity: 'low',
    titleZh: '目标缺少监测数据',
    titleEn: 'Target without data',
    explanationZh: '目标所对应的指标没有任何监测值，无法判断是否达成。',
    explanationEn: "The target's indicator has no measurement, so whether it is met cannot be told.",
  },
} as const satisfies Record<string, RuleDefinition>;

export const TARGETS_QUERY = `
MATCH (t:Target)-[:TARGET_FOR]->(ind:Indicator)
WITH t, ind, coalesce(ind.scope, $cityId) AS scope
WITH t, ind, [scope] + COLLECT { MATCH (:Region {id: scope})-[:PART_OF*1..]->(up:Region) RETURN up.id } AS regionIds
WHERE $regionIds IS NULL OR any(x IN regionIds WHERE x IN $regionIds)
RETURN ${refMap('t')} AS target, t.year AS year, t.value AS value, coalesce(t.unit, ind.unit, '') AS unit,
  coalesce(t.comparator, '>=') AS comparator, ${refMap('ind')} AS indicator, regionIds,
  COLLECT {
    MATCH (m:Measurement)-[r:MEASURES]->(ind)
    RETURN ${refMap('m', 'r', 'year: m.year, value: m.value')}
    ORDER BY m.year DESC, m.id
    LIMIT 1
  } AS latest
ORDER BY t.year, t.id`;

const Comparator = z.enum(COMPARATORS);
type Comparator = z.infer<typeof Comparator>;

const Row = z.object({
  target: Ref,
  year: z.number(),
  value: z.number(),
  unit: z.string(),
  comparator: Comparator,
  indicator: Ref,
  regionIds: Ids,
  latest: z.array(Ref.extend({ year: z.number(), value: z.number() })),
});

export interface TargetFacts {
  progress: TargetProgress;
  measurement: NodeRef | null;
  regionIds: string[];
}

/** Whether a value meets a target; '~' means within ±tolerance of it (relative). */
export function meetsTarget(value: number, comparator: Comparator, target: number, tolerance: number): boolean {
  switch (comparator) {
    case '>=':
      return value >= target;
    case '>':
      return value > target;
    case '<=':
      return value <= target;
    case '<':
      return value < target;
    case '~':
      return Math.abs(value - target) <= tolerance * Math.abs(target) + Number.EPSILON * Math.abs(target);
  }
}

export function targetStatus(
  latest: { value: number } | null,
  target: { value: number; comparator: Comparator },
  config: GapConfig,
): TargetProgress['status'] {
  if (!latest) return 'no-data';
  return meetsTarget(latest.value, target.comparator, target.value, config.targets.approxTolerance) ? 'met' : 'behind';
}

export async function loadTargets(tx: ManagedTransaction, ctx: RuleContext): Promise<TargetFacts[]> {
  const rows = readRows(await tx.run(TARGETS_QUERY, ctx.params), Row);
  return rows.map((row) => {
    const measurement = row.latest[0] ?? null;
    return {
      progress: {
        target: { ...row.target, year: row.year, value: row.value, unit: row.unit, comparator: row.comparator },
        indicator: row.indicator,
        latest: measurement ? { year: measurement.year, value: measurement.value, illustrative: measurement.illustrative } : null,
        status: targetStatus(measurement, row, ctx.config),
      },
      measurement: measurement
        ? {
            id: measurement.id,
            label: measurement.label,
            nameZh: measurement.nameZh,
            nameEn: measurement.nameEn,
            illustrative: measurement.illustrative,
          }
        : null,
      regionIds: row.regionIds,
    };
  });
}

const COMPARATOR_TEXT: Record<Comparator, { zh: string; en: string }> = {
  '>=': { zh: '≥', en: 'at least' },
  '>': { zh: '>', en: 'more than' },
  '<=': { zh: '≤', en: 'at most' },
  '<': { zh: '<', en: 'less than' },
  '~': { zh: '约', en: 'about' },
};

export function comparatorText(comparator: string): { zh: string; en: string } {
  const parsed = Comparator.safeParse(comparator);
  return parsed.success ? COMPARATOR_TEXT[parsed.data] : { zh: comparator, en: comparator };
}

export function targetGaps(all: readonly TargetFacts[], ctx: RuleContext): Gap[] {
  const gaps: Gap[] = [];
  for (const { progress, measurement, regionIds } of all) {
    if (progress.status === 'met') continue;
    const t = progress.target;
    const cmp = comparatorText(t.comparator);
    const goalZh = `目标为 ${t.year} 年${cmp.zh} ${num(t.value)}${t.unit}`;
    const goalEn = `the target is ${cmp.en} ${num(t.value)} ${t.unit} by ${t.year}`;
    const behind = progress.status === 'behind' && progress.latest;
    gaps.push(
      makeGap(
        {
          rule: behind ? TARGET_RULES.behind : TARGET_RULES.noData,
          subject: {
            id: t.id,
            label: t.label,
            nameZh: t.nameZh,
            nameEn: t.nameEn,
            illustrative: t.illustrative,
          },
          industryId: null,
          evidence: measurement ? [progress.indicator, measurement] : [progress.indicator],
          regionIds,
          explanationZh: behind
            ? `「${progress.indicator.nameZh}」${goalZh}，最新监测值为 ${progress.latest?.year} 年 ${num(progress.latest?.value ?? 0)}${t.unit}，尚未达到。`
            : `「${progress.indicator.nameZh}」${goalZh}，但没有任何监测值。`,
          explanationEn: behind
            ? `"${progress.indicator.nameEn}": ${goalEn}; the latest measurement is ${num(progress.latest?.value ?? 0)} ${t.unit} in ${progress.latest?.year}, not yet there.`
            : `"${progress.indicator.nameEn}": ${goalEn}, but there is no measurement.`,
        },
        ctx.config,
      ),
    );
  }
  return gaps;
}
