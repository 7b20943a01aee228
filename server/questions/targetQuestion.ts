// The question comparing each target with its indicator's latest measurement (the engine's target
// progress), keeping those not met so the table is a to-do list.
import { unitName } from '../../graph/model';
import { computeTargetProgress } from '../gaps/service';
import { comparatorText } from '../gaps/rules/targets';
import { name, TARGET_STATUS_TEXT } from './format';
import { col, COLUMNS, fieldCol, labelCol, nodeRef, type QuestionDefinition } from './question';

export const TARGETS_BEHIND_QUESTION: QuestionDefinition = {
  id: 'targets-behind-or-no-data',
  titleZh: '未达成或缺少数据的目标',
  titleEn: 'Targets behind or without data',
  descriptionZh: '各项目标与其指标最新监测值的对比：未达成，或尚无监测值。',
  descriptionEn: "Each target against its indicator's latest measurement: behind, or not measured yet.",
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
    COLUMNS.illustrative,
  ],
  rows: async (db, options) => {
    const progress = await computeTargetProgress(db, options);
    return progress
      .filter((p) => p.status !== 'met')
      .map((p) => ({
        cells: {
          target: name(p.target),
          indicator: name(p.indicator),
          year: p.target.year,
          comparator: comparatorText(p.target.comparator),
          value: p.target.value,
          unit: { zh: unitName(p.target.unit, 'zh'), en: unitName(p.target.unit, 'en') },
          latestYear: p.latest?.year ?? null,
          latestValue: p.latest?.value ?? null,
          status: TARGET_STATUS_TEXT[p.status],
          illustrative: p.latest?.illustrative ?? false,
        },
        ref: nodeRef(p.target),
      }));
  },
};
