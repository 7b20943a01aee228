// Names of what the audit log records (graph/model/audit.ts lists the actions and target kinds).
import type { AuditAction, AuditTargetKind } from '../audit';
import type { Names } from './names';

export const AUDIT_ACTION_NAMES: Record<AuditAction, Names> = {
  'node.create': { zh: '新建节点', en: 'Node created' },
  'node.update': { zh: '修改节点', en: 'Node changed' },
  'node.delete': { zh: '删除节点', en: 'Node deleted' },
  'relationship.create': { zh: '新建关系', en: 'Relationship created' },
  'relationship.update': { zh: '修改关系', en: 'Relationship changed' },
  'relationship.delete': { zh: '删除关系', en: 'Relationship deleted' },
  'import.commit': { zh: '导入文件', en: 'File imported' },
  'user.create': { zh: '新建用户', en: 'User created' },
  'user.update': { zh: '修改用户', en: 'User changed' },
  'user.delete': { zh: '删除用户', en: 'User deleted' },
  'user.password': { zh: '修改密码', en: 'Password changed' },
  'auth.login': { zh: '登录', en: 'Login' },
};

export const AUDIT_TARGET_NAMES: Record<AuditTargetKind, Names> = {
  node: { zh: '节点', en: 'Node' },
  relationship: { zh: '关系', en: 'Relationship' },
  user: { zh: '用户', en: 'User' },
  import: { zh: '导入', en: 'Import' },
  session: { zh: '会话', en: 'Session' },
};
