// Names of what the audit log and the forms show about records: audit actions and audit targets, in
// Chinese and English; the model's field names come from graph/model's vocabulary.
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

/** Field names of the model, for forms and the detail panel (the import templates use the same). */
export { FIELD_NAMES } from '../../../graph/model';
