// Roles, from least to most trusted: each includes what the ones before it may do. The list itself is
// the wire shape the admin pages read, in graph/model/users.ts.
import { ROLES, type Role } from '../../graph/model';

export { ROLES, Role } from '../../graph/model';

export const ROLE_NAMES: Record<Role, { zh: string; en: string; can: string }> = {
  viewer: { zh: '浏览者', en: 'Viewer', can: 'read the graph, gaps and briefings' },
  analyst: { zh: '分析人员', en: 'Analyst', can: 'also run the read-only Cypher console and export tables' },
  editor: { zh: '编辑人员', en: 'Editor', can: 'also create, change, delete and import data' },
  admin: { zh: '管理员', en: 'Administrator', can: 'also manage users and read the audit log' },
};

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}
