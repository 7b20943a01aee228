// The target status rule (TARGET_STATUS_RULE in graph/model/targets.ts states it in words): pure, so
// tests/unit/target-trend.test.ts checks it on hand-made series.
import { valueWithUnit, type COMPARATORS, type SeriesPoint, type TargetStatus, type TargetTrend } from '../../../graph/model';
import { num } from '../text';

export type Comparator = (typeof COMPARATORS)[number];

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

/** One point per year, oldest first: several measurements of a year are averaged (illustrative if any is). */
export function yearlySeries(measurements: readonly SeriesPoint[]): SeriesPoint[] {
  const byYear = new Map<number, SeriesPoint[]>();
  for (const m of measurements) byYear.set(m.year, [...(byYear.get(m.year) ?? []), m]);
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, points]) => ({
      year,
      value: points.reduce((sum, p) => sum + p.value, 0) / points.length,
      illustrative: points.some((p) => p.illustrative),
    }));
}

/** Ordinary least squares of value on year; one point (or one year) gives a flat line through it. */
export function leastSquares(points: readonly { year: number; value: number }[]): { slope: number; intercept: number } {
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.year, 0) / n;
  const meanY = points.reduce((s, p) => s + p.value, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.year - meanX) ** 2, 0);
  if (sxx === 0) return { slope: 0, intercept: meanY };
  const slope = points.reduce((s, p) => s + (p.year - meanX) * (p.value - meanY), 0) / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

const COMPARATOR_TEXT: Record<Comparator, { zh: string; en: string }> = {
  '>=': { zh: '≥', en: 'at least' },
  '>': { zh: '>', en: 'more than' },
  '<=': { zh: '≤', en: 'at most' },
  '<': { zh: '<', en: 'less than' },
  '~': { zh: '约', en: 'about' },
};

export function comparatorText(comparator: string): { zh: string; en: string } {
  return comparator in COMPARATOR_TEXT ? COMPARATOR_TEXT[comparator as Comparator] : { zh: comparator, en: comparator };
}

export interface TargetGoal {
  year: number;
  value: number;
  comparator: Comparator;
  unit: string;
}

export interface Judgement {
  status: TargetStatus;
  latest: SeriesPoint | null;
  trend: TargetTrend | null;
  reasonZh: string;
  reasonEn: string;
}

function direction(slope: number, higherIsBetter: boolean): TargetTrend['direction'] {
  if (Math.abs(slope) < 1e-12) return 'flat';
  return slope > 0 === higherIsBetter ? 'improving' : 'worsening';
}

/** Judges a quantitative target on its yearly series (any order; years after the target year are ignored). */
export function judgeTarget(series: readonly SeriesPoint[], goal: TargetGoal, tolerance: number, higherIsBetter: boolean): Judgement {
  const used = yearlySeries(series).filter((p) => p.year <= goal.year);
  const latest = used.at(-1) ?? null;
  const cmp = comparatorText(goal.comparator);
  const zh = (value: number): string => valueWithUnit(num(value), goal.unit, 'zh');
  const en = (value: number): string => valueWithUnit(num(value), goal.unit, 'en');
  const goalText = { zh: `目标为 ${goal.year} 年${cmp.zh} ${zh(goal.value)}`, en: `the target is ${cmp.en} ${en(goal.value)} by ${goal.year}` };
  if (!latest) {
    return { status: 'no-data', latest: null, trend: null, reasonZh: `${goalText.zh}：${goal.year} 年及以前没有监测值。`, reasonEn: `${goalText.en}: no measurement in or before ${goal.year}.` };
  }
  const { slope, intercept } = leastSquares(used);
  const projected = used.length === 1 ? latest.value : intercept + slope * goal.year;
  const trend: TargetTrend = {
    slope,
    projected,
    fromYear: used[0]?.year ?? latest.year,
    toYear: latest.year,
    points: used.length,
    direction: direction(slope, higherIsBetter),
  };
  const latestText = { zh: `${latest.year} 年为 ${zh(latest.value)}`, en: `${en(latest.value)} in ${latest.year}` };
  if (meetsTarget(latest.value, goal.comparator, goal.value, tolerance)) {
    return { status: 'met', latest, trend, reasonZh: `${goalText.zh}：${latestText.zh}，已满足。`, reasonEn: `${goalText.en}: ${latestText.en}, which meets it.` };
  }
  if (latest.year === goal.year) {
    return { status: 'off-track', latest, trend, reasonZh: `${goalText.zh}：目标年份的值 ${latestText.zh}，未满足。`, reasonEn: `${goalText.en}: the target year's value is ${latestText.en}, which does not meet it.` };
  }
  const onTrack = meetsTarget(projected, goal.comparator, goal.value, tolerance);
  const basis =
    used.length === 1
      ? { zh: `只有一年数据（${latestText.zh}），按保持不变外推`, en: `one year measured (${latestText.en}), assumed to stay` }
      : {
          zh: `${trend.fromYear}–${trend.toYear} 年 ${used.length} 个年度值的线性趋势外推到 ${goal.year} 年为 ${zh(projected)}`,
          en: `the linear trend of ${used.length} yearly values ${trend.fromYear}–${trend.toYear} projects ${en(projected)} in ${goal.year}`,
        };
  return {
    status: onTrack ? 'on-track' : 'off-track',
    latest,
    trend,
    reasonZh: `${goalText.zh}：${basis.zh}，${onTrack ? '可以达到' : '达不到'}。`,
    reasonEn: `${goalText.en}: ${basis.en}, which ${onTrack ? 'meets' : 'does not meet'} it.`,
  };
}
