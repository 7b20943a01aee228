// The audit log's wire shapes, shared by the server (which writes entries) and the admin pages.
import { z } from 'zod';

export const AUDIT_ACTIONS = [
  'node.create',
  'node.update',
  'node.delete',
  'relationship.create',
  'relationship.update',
  'relationship.delete',
  'import.commit',
  'user.create',
  'user.update',
  'user.delete',
  'user.password',
  'auth.login',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AUDIT_TARGET_KINDS = ['node', 'relationship', 'user', 'import', 'session'] as const;
export const AuditTargetKind = z.enum(AUDIT_TARGET_KINDS);
export type AuditTargetKind = z.infer<typeof AuditTargetKind>;

/** The wire shape of one entry (before/after parsed back from their stored JSON). */
export const AuditEntryDto = z.object({
  id: z.string(),
  at: z.string(),
  username: z.string(),
  action: AuditAction,
  targetKind: AuditTargetKind,
  targetId: z.string(),
  targetType: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntryDto = z.infer<typeof AuditEntryDto>;

