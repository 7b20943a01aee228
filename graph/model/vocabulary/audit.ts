// Names of what the audit log records (graph/model/audit.ts lists the actions and target kinds).
import type { AuditAction, AuditTargetKind } from '../audit';
import { FIELD_NAMES } from './fields';
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
  'case.open': { zh: '立案', en: 'Case opened' },
  'case.update': { zh: '修改问题', en: 'Case changed' },
  'case.auto-resolve': { zh: '问题自动解决', en: 'Case resolved by the engine' },
  'case.auto-reopen': { zh: '问题自动重开', en: 'Case reopened by the engine' },
};

export const AUDIT_TARGET_NAMES: Record<AuditTargetKind, Names> = {
  node: { zh: '节点', en: 'Node' },
  relationship: { zh: '关系', en: 'Relationship' },
  user: { zh: '用户', en: 'User' },
  import: { zh: '导入', en: 'Import' },
  session: { zh: '会话', en: 'Session' },
  case: { zh: '问题', en: 'Case' },
};

/** Fields audit snapshots hold beside the model's (FIELD_NAMES): users, logins, imports. */
export const AUDIT_FIELD_NAMES: Record<string, Names> = {
  username: { zh: '用户名', en: 'Username' },
  role: { zh: '角色', en: 'Role' },
  displayName: { zh: '显示名称', en: 'Display name' },
  disabled: { zh: '已停用', en: 'Disabled' },
  createdAt: { zh: '创建时间', en: 'Created' },
  updatedAt: { zh: '修改时间', en: 'Updated' },
  lastLoginAt: { zh: '最近登录', en: 'Last login' },
  passwordChanged: { zh: '密码已修改', en: 'Password changed' },
  format: { zh: '文件格式', en: 'File format' },
  nodes: { zh: '节点数', en: 'Nodes' },
  relationships: { zh: '关系数', en: 'Relationships' },
  fileName: { zh: '文件名', en: 'File name' },
  sha256: { zh: '文件校验值（SHA-256）', en: 'File hash (SHA-256)' },
  rows: { zh: '行数', en: 'Rows' },
  planned: { zh: '计划写入', en: 'Planned' },
  written: { zh: '已写入', en: 'Written' },
  runs: { zh: '运行次数', en: 'Runs' },
  bulk: { zh: '批量装载', en: 'Bulk load' },
  folder: { zh: '文件夹', en: 'Folder' },
  files: { zh: '文件', en: 'Files' },
  counts: { zh: '数量', en: 'Counts' },
  create: { zh: '新建', en: 'Created' },
  update: { zh: '更新', en: 'Updated' },
  link: { zh: '新建关系', en: 'Links made' },
};

const SNAPSHOT_FIELDS: Record<string, Names | undefined> = { ...AUDIT_FIELD_NAMES, ...FIELD_NAMES };
/** Every field name a snapshot may hold, the model's first, in the model's order. */
export const AUDIT_FIELD_ORDER: readonly string[] = Object.keys(SNAPSHOT_FIELDS).sort(
  (a, b) => Number(!(a in FIELD_NAMES)) - Number(!(b in FIELD_NAMES)),
);

/** A snapshot field's name in one language (the model's fields, then the audit log's own); else as it is. */
export function auditFieldName(name: string, lang: keyof Names): string {
  return SNAPSHOT_FIELDS[name]?.[lang] ?? name;
}
