// Access control: users, sessions, roles, the path policy, CSRF, login throttling and the audit log.
export { securityMiddleware, currentUser } from './middleware';
export { securitySettings, securitySettingsFromEnv, type SecuritySettings, type SecurityOverrides } from './settings';
export { ROLES, Role, roleAtLeast } from './roles';
export { writeAudit, type AuditRecord } from './audit';
export { INTERNAL_LABELS } from './internalLabels';
export type { SessionUser, RequestAuth } from './types';
