// Roles, from least to most trusted: each includes what the ones before it may do.
import { z } from 'zod';

export const ROLES = ['viewer', 'analyst', 'editor', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const ROLE_NAMES: Record<Role, { zh: string; en: string; can: string }> = {
  viewer: { zh: '浏览者', en: 'Viewer', can: 'read the graph, gaps and briefings' },
  analyst: { zh: '分析人员', en: 'Analyst', can: 'also run the read-only Cypher console and export tables' },
  editor: { zh: '编辑人员', en: 'Editor', can: 'also create, change, delete and import data' },
  admin: { zh: '管理员', en: 'Administrator', can: 'also manage users and read the audit log' },
};

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}
