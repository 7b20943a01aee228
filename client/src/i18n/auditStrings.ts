// Strings of the audit log page (/admin/audit) in Chinese and English; merged into STRINGS
// (strings.ts). Names of actions, targets and fields come from graph/model's vocabulary.
import type { Lang } from './langs';

export const AUDIT_STRINGS = {
  auditTitle: { zh: '审计日志', en: 'Audit log' },
  auditIntro: { zh: '谁在何时修改了什么，最新的在前；每条记录都附修改前后的内容。', en: 'Who changed what and when, newest first, each with the state before and after.' },
  filterUser: { zh: '用户名', en: 'Username' },
  filterAction: { zh: '操作', en: 'Action' },
  filterTargetKind: { zh: '对象类型', en: 'Target kind' },
  filterTargetId: { zh: '对象编号', en: 'Target id' },
  filterFrom: { zh: '起始日期', en: 'From' },
  filterTo: { zh: '截止日期（不含）', en: 'Until (exclusive)' },
  applyFilters: { zh: '筛选', en: 'Filter' },
  clearFilters: { zh: '清除筛选', en: 'Clear filters' },
  showLogins: { zh: '显示登录记录', en: 'Show logins' },
  auditAt: { zh: '时间', en: 'Time' },
  auditTarget: { zh: '对象', en: 'Target' },
  auditBefore: { zh: '修改前', en: 'Before' },
  auditAfter: { zh: '修改后', en: 'After' },
  auditField: { zh: '字段', en: 'Field' },
  auditValue: { zh: '内容', en: 'Value' },
  auditCreated: { zh: '新建时的内容', en: 'As created' },
  auditDeleted: { zh: '删除前的内容', en: 'As it was before the delete' },
  auditChangeTable: { zh: '修改前后对照', en: 'Before and after' },
  auditRemovedRelationships: { zh: '随之删除的关系（{count} 条）', en: 'Relationships removed with it ({count})' },
  auditNodeDeleted: { zh: '已删除', en: 'deleted' },
  auditChangedMark: { zh: '已修改', en: 'changed' },
  showChange: { zh: '查看变更', en: 'Show change' },
  hideChange: { zh: '收起', en: 'Hide' },
  changedFields: { zh: '变更字段：{fields}', en: 'Changed: {fields}' },
  auditEmpty: { zh: '没有符合条件的记录。', en: 'No entries match.' },
} as const satisfies Record<string, Record<Lang, string>>;
