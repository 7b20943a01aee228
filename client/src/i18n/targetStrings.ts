// Words of the overview's target section and its trend chart (GET /api/targets/progress), Chinese and English.
export const TARGET_STRINGS = {
  chart: { zh: '图表', en: 'Chart' },
  closeChart: { zh: '关闭图表', en: 'Close chart' },
  chartTitle: { zh: '{name}：逐年监测值与目标', en: '{name}: yearly measurements and the target' },
  chartDesc: {
    zh: '实线圆点为各年监测值，虚线为目标值，点线为线性趋势外推到目标年份。',
    en: 'The solid line with dots is the yearly measurements, the dashed line the target, the dotted line the linear trend projected to the target year.',
  },
  measured: { zh: '监测值', en: 'Measured' },
  trend: { zh: '趋势', en: 'Trend' },
  /** {cmp} comparator, {value} value with unit, {year} target year. */
  targetLine: { zh: '目标 {cmp} {value}（{year} 年）', en: 'Target {cmp} {value} ({year})' },
  /** {value} projected value with unit, {year} target year. */
  trendLabel: { zh: '趋势 {year} 年：{value}', en: 'Trend, {year}: {value}' },
  year: { zh: '年份', en: 'Year' },
  value: { zh: '数值', en: 'Value' },
  reason: { zh: '判定依据', en: 'Why' },
  rule: { zh: '状态如何判定', en: 'How the status is judged' },
  qualitative: { zh: '定性目标（不按趋势判定）', en: 'Qualitative goals (not judged by trend)' },
  section: { zh: '原文章节：{ref}', en: 'Section of the document: {ref}' },
  noSeries: { zh: '该目标没有监测值，无法绘图。', en: 'This target has no measurement to draw.' },
} as const;

export type TargetStringKey = keyof typeof TARGET_STRINGS;
