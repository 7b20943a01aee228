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
  'case.open',
  'case.update',
  'case.auto-resolve',
  'case.auto-reopen',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AUDIT_TARGET_KINDS = ['node', 'relationship', 'user', 'import', 'session', 'case'] as const;
export const AuditTargetKind = z.enum(AUDIT_TARGET_KINDS);
export type AuditTargetKind = z.infer<typeof AuditTargetKind>;

/**
 * A node an entry touched, named: the node itself, or a relationship's two ends. A node deleted since
 * keeps the names the audit trail holds for it (its delete entry's "before"); `exists` says which.
 */
export const AuditNodeRef = z.object({
  id: z.string(),
  label: z.string().nullable(),
  nameZh: z.string().nullable(),
  nameEn: z.string().nullable(),
  exists: z.boolean(),
});
export type AuditNodeRef = z.infer<typeof AuditNodeRef>;

/** Whether the log lists logins (`auth.login`): the page hides them unless asked. */
export const AUDIT_LOGIN_CHOICES = ['show', 'hide'] as const;
export const AuditLogins = z.enum(AUDIT_LOGIN_CHOICES);

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
  /** For a node: that node; for a relationship: its start and end, in that order; otherwise empty. */
  nodes: z.array(AuditNodeRef),
});
export type AuditEntryDto = z.infer<typeof AuditEntryDto>;

