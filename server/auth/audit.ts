// The audit log: who changed what, when, with the state before and after. Each entry is written in
// the same transaction as the change it records, so there is never a change without its entry.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { CREATE_AUDIT_ENTRY } from './queries';
import { newId } from './tokens';

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

export const AuditTargetKind = z.enum(['node', 'relationship', 'user', 'import', 'session']);
export type AuditTargetKind = z.infer<typeof AuditTargetKind>;

export interface AuditRecord {
  username: string;
  action: AuditAction;
  targetKind: AuditTargetKind;
  /** Node id, relationship key "from|TYPE|to", username or import job id. */
  targetId: string;
  /** Node label or relationship type, when there is one. */
  targetType?: string;
  before?: unknown;
  after?: unknown;
  /** When the change happened; defaults to now. */
  at?: string;
}

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

export async function writeAudit(tx: ManagedTransaction, record: AuditRecord): Promise<string> {
  const id = newId();
  await tx.run(CREATE_AUDIT_ENTRY, {
    entry: {
      id,
      at: record.at ?? new Date().toISOString(),
      username: record.username,
      action: record.action,
      targetKind: record.targetKind,
      targetId: record.targetId,
      targetType: record.targetType ?? null,
      // Neo4j properties are scalars: the snapshots are kept as JSON text.
      before: record.before === undefined ? null : JSON.stringify(record.before),
      after: record.after === undefined ? null : JSON.stringify(record.after),
    },
  });
  return id;
}
