// Targets over time: the wire shape of a target's progress (its series, trend and status) and the
// status rule in words, shared by the server (which applies it), the client and briefings (which state it).
import { z } from 'zod';
import { NodeRef, TargetCounts } from './gaps';

/** qualitative: a goal in words (the 2020 and 2035 goals), listed with its text and never judged by trend. */
export const TARGET_STATUSES = ['met', 'on-track', 'off-track', 'no-data', 'qualitative'] as const;
export const TargetStatus = z.enum(TARGET_STATUSES);
export type TargetStatus = z.infer<typeof TargetStatus>;

/** One year of an indicator's series over one region (several measurements in a year are averaged). */
export const SeriesPoint = z.object({ year: z.number().int(), value: z.number(), illustrative: z.boolean() });
export type SeriesPoint = z.infer<typeof SeriesPoint>;

/** The least-squares line over the years up to the target year, and its value in the target year. */
export const TargetTrend = z.object({
  /** Change per year (0 when only one year is measured: the value is assumed to stay). */
  slope: z.number(),
  projected: z.number(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  points: z.number().int(),
  /** improving/worsening by the indicator's higherIsBetter; the comparator alone decides the status. */
  direction: z.enum(['improving', 'worsening', 'flat']),
});
export type TargetTrend = z.infer<typeof TargetTrend>;

export const TargetProgress = z.object({
  target: NodeRef.extend({
    year: z.number(),
    /** null for a qualitative target. */
    value: z.number().nullable(),
    unit: z.string(),
    comparator: z.string(),
    /** The goal as the document words it (qualitative targets), with the section it is in. */
    textZh: z.string().nullable(),
    textEn: z.string().nullable(),
    sourceRef: z.string(),
  }),
  /** null for a qualitative target without an indicator. */
  indicator: NodeRef.nullable(),
  /** The region the series is measured over: the target's, else the indicator's scope. */
  regionId: z.string().nullable(),
  latest: SeriesPoint.nullable(),
  /** Every measured year over that region, oldest first (years after the target year too, for the chart). */
  series: z.array(SeriesPoint),
  trend: TargetTrend.nullable(),
  status: TargetStatus,
  /** Why this status, with the numbers. */
  reasonZh: z.string(),
  reasonEn: z.string(),
});
export type TargetProgress = z.infer<typeof TargetProgress>;

const COUNT_KEYS: Record<TargetStatus, keyof TargetCounts> = {
  met: 'met',
  'on-track': 'onTrack',
  'off-track': 'offTrack',
  'no-data': 'noData',
  qualitative: 'qualitative',
};

export function countTargets(items: readonly { status: TargetStatus }[]): TargetCounts {
  const counts: TargetCounts = { met: 0, onTrack: 0, offTrack: 0, noData: 0, qualitative: 0 };
  for (const item of items) counts[COUNT_KEYS[item.status]] += 1;
  return counts;
}

/** The status rule, stated once: the API returns it, the overview and briefings print it, README quotes it. */
export const TARGET_STATUS_RULE = {
  zh:
    '判定规则：取该指标在目标所属地区（目标未指定时为指标的统计范围）、目标年份及以前各年的监测值（同一年有多个值时取平均）。' +
    '无监测值为“无监测数据”。最近一年的值已满足目标（按比较符；“约”类目标允许相对误差在容差以内，容差见配置）为“已达标”。' +
    '否则，若最近一年就是目标年份，为“偏离进度”（已到期未达标）；只有一年数据时按该值保持不变外推；两年及以上时对各年数据做最小二乘线性拟合，' +
    '外推到目标年份的值满足目标为“进度正常”，否则为“偏离进度”。目标年份已过但缺当年数据时，同样按趋势外推判定。' +
    '目标年份之后的监测值不影响判定，只在图中显示。达标与否只看比较符；“越高越好”只决定趋势是“向好”还是“变差”。定性目标不按趋势判定，列出原文。',
  en:
    "Rule: take the indicator's measurements over the target's region (the indicator's scope when the target names none) " +
    'in the target year and the years before it (several in one year are averaged). None: no data. If the latest meets ' +
    "the target (by its comparator; an 'about' target within the configured relative tolerance): met. Otherwise, if the " +
    'latest is the target year itself: off track (due and not met). With one year only, the value is assumed to stay; ' +
    'with two or more, a least-squares straight line over the years is projected to the target year: on track if the ' +
    'projection meets the target, else off track. A target year already past without a measurement for that year is ' +
    'judged by the projection too. Measurements after the target year do not change the status; the chart shows them. ' +
    "Only the comparator decides; 'higher is better' only names the trend improving or worsening. Qualitative targets " +
    'are not judged by trend: they are listed with their text.',
} as const;

export const TargetProgressList = z.object({
  items: z.array(TargetProgress),
  total: z.number().int(),
  counts: TargetCounts,
  rule: z.object({ zh: z.string(), en: z.string() }),
});
export type TargetProgressList = z.infer<typeof TargetProgressList>;
