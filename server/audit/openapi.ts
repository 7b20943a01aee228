import type { OperationSpec } from '../openapi/operation';
import { AuditPage, AuditQuery } from './schema';

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/audit',
    tag: 'audit',
    summary: 'The audit log: who changed what and when, with before and after / 审计日志',
    description: 'Role: admin. Newest first. Every edit, import, user change and login is recorded in the same transaction as the change. Each entry names the nodes it touched (a node, or a relationship\'s two ends), deleted ones from the audit trail.',
    query: AuditQuery,
    responses: { 200: { description: 'A page of entries', schema: AuditPage } },
  },
];
