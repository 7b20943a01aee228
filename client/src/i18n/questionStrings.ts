// Words of the analyst question tables (filters, sorting, counts), Chinese and English.
export const QUESTION_STRINGS = {
  filters: { zh: '筛选表格', en: 'Filter the table' },
  industry: { zh: '产业', en: 'Industry' },
  severity: { zh: '严重程度', en: 'Severity' },
  rule: { zh: '缺口规则', en: 'Gap rule' },
  any: { zh: '全部', en: 'Any' },
  clear: { zh: '清除筛选', en: 'Clear filters' },
  /** {shown} and {all} are row counts. */
  rowsShown: { zh: '显示 {shown} 行，共 {all} 行', en: '{shown} of {all} rows' },
  sortHint: { zh: '点击表头排序', en: 'Click a heading to sort' },
} as const;

export type QuestionStringKey = keyof typeof QUESTION_STRINGS;
