// Names of what the audit log and the forms show about records: audit actions, audit targets and the
// model's fields, in Chinese and English.
import type { Lang } from './langs';

/** Audit actions in words. */
export const AUDIT_ACTION_NAMES: Record<string, Record<Lang, string>> = {
  'node.create': { zh: '新建节点', en: 'node created' },
  'node.update': { zh: '修改节点', en: 'node changed' },
  'node.delete': { zh: '删除节点', en: 'node deleted' },
  'relationship.create': { zh: '新建关系', en: 'relationship created' },
  'relationship.update': { zh: '修改关系', en: 'relationship changed' },
  'relationship.delete': { zh: '删除关系', en: 'relationship deleted' },
  'import.commit': { zh: '导入文件', en: 'file imported' },
  'user.create': { zh: '新建用户', en: 'user created' },
  'user.update': { zh: '修改用户', en: 'user changed' },
  'user.delete': { zh: '删除用户', en: 'user deleted' },
  'user.password': { zh: '修改密码', en: 'password changed' },
  'auth.login': { zh: '登录', en: 'login' },
};

export const AUDIT_TARGET_NAMES: Record<string, Record<Lang, string>> = {
  node: { zh: '节点', en: 'node' },
  relationship: { zh: '关系', en: 'relationship' },
  user: { zh: '用户', en: 'user' },
  import: { zh: '导入', en: 'import' },
  session: { zh: '会话', en: 'session' },
};

/** Field names of the model, for forms, the detail panel and import templates. */
export const FIELD_NAMES: Record<string, Record<Lang, string>> = {
  id: { zh: '编号', en: 'Id' },
  nameZh: { zh: '中文名称', en: 'Chinese name' },
  nameEn: { zh: '英文名称', en: 'English name' },
  descriptionZh: { zh: '中文描述', en: 'Chinese description' },
  descriptionEn: { zh: '英文描述', en: 'English description' },
  tier: { zh: '产业层级', en: 'Tier' },
  confirmedMissing: { zh: '确认缺失的“六个一”', en: 'Six-ones slots confirmed missing' },
  industryId: { zh: '所属产业编号', en: 'Industry id' },
  stage: { zh: '环节位置', en: 'Stage' },
  order: { zh: '链上次序', en: 'Order in chain' },
  highTech: { zh: '高新技术企业', en: 'High-tech enterprise' },
  level: { zh: '级别', en: 'Level' },
  kind: { zh: '类别', en: 'Kind' },
  sizeYi: { zh: '规模（亿元）', en: 'Size (100m yuan)' },
  year: { zh: '年份', en: 'Year' },
  validFrom: { zh: '起始', en: 'Valid from' },
  validTo: { zh: '终止', en: 'Valid to' },
  unit: { zh: '单位', en: 'Unit' },
  scope: { zh: '统计范围（地区编号）', en: 'Scope (region id)' },
  higherIsBetter: { zh: '越高越好', en: 'Higher is better' },
  indicatorId: { zh: '指标编号', en: 'Indicator id' },
  value: { zh: '数值', en: 'Value' },
  comparator: { zh: '比较', en: 'Comparator' },
  noteZh: { zh: '中文备注', en: 'Chinese note' },
  noteEn: { zh: '英文备注', en: 'English note' },
  from: { zh: '起点编号', en: 'From (id)' },
  to: { zh: '终点编号', en: 'To (id)' },
  dataset: { zh: '数据集', en: 'Dataset' },
};
