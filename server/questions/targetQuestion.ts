// The question listing targets off track or without data (the engine's target progress, judged by trend),
// so the table is a to-do list; met, on-track and qualitative targets are left out.
import { unitName } from '../../graph/model';
import { computeTargetProgress } from '../gaps/service';
import { comparatorText } from '../gaps/rules/targets';
import { name, TARGET_STATUS_TEXT } from './format';
import { col, COLUMNS, fieldCol, labelCol, nodeRef, type QuestionDefinition } from './question';

export const TARGETS_BEHIND_QUESTION: QuestionDefinition = {
  id: 'targets-behind-or-no-data',
  titleZh: '偏离进度或缺少数据的目标',
  titleEn: 'Targets off track or without data',
  descriptionZh: '各项量化目标按其指标各年监测值的线性趋势判定：偏离进度，或尚无监测值。',
  descriptionEn: "Each quantitative target judged by the linear trend of its indicator's yearly measurements: off track, or not measured yet.",
  columns: [
    labelCol('target', 'Target'),
    labelCol('indicator', 'Indicator'),
    col('year', '目标年份', 'Target year'),
    fieldCol('comparator', 'comparator'),
    col('value', '目标值', 'Target value'),
    fieldCol('unit', 'unit'),
    col('latestYear', '最新监测年份', 'Latest year'),
    col('latestValue', '最新监测值', 'Latest value'),
    col('status', '状态', 'Status'),
    col('reason', '判定依据', 'Reason'),
    COLUMNS.illustrative,
  ],
  rows: async (db, options) => {
    const progress = await computeTargetProgress(db, options);
    return progress
      .filter((p) => p.status === 'off-track' || p.status === 'no-data')
      .map((p) => ({
        cells: {
          target: name(p.target),
          indicator: name(p.indicator ?? undefined),
          year: p.target.year,
          comparator: comparatorText(p.target.comparator),
          value: p.target.value,
          unit: { zh: unitName(p.target.unit, 'zh'), en: unitName(p.target.unit, 'en') },
          latestYear: p.latest?.year ?? null,
          latestValue: p.latest?.value ?? null,
          status: TARGET_STATUS_TEXT[p.status],
          reason: { zh: p.reasonZh, en: p.reasonEn },
          illustrative: p.latest?.illustrative ?? false,
        },
        ref: nodeRef(p.target),
      }));
  },
};
