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
  truncated: {
    zh: '仅列出前 {limit} 行：符合条件的行更多。请按产业筛选以缩小范围，下载文件同样只含这些行。',
    en: 'Only the first {limit} rows are listed: more rows matched. Filter by industry to narrow the question; downloads hold the same rows.',
  },
  sortHint: { zh: '点击表头排序', en: 'Click a heading to sort' },
} as const;

export type QuestionStringKey = keyof typeof QUESTION_STRINGS;
