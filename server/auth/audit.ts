// The audit log: who changed what, when, with the state before and after. Each entry is written in
// the same transaction as the change it records, so there is never a change without its entry.
import type { ManagedTransaction } from 'neo4j-driver';
import { CREATE_AUDIT_ENTRY } from './queries';
import { newId } from './tokens';

export { AUDIT_ACTIONS, AuditAction, AuditEntryDto, AuditTargetKind } from '../../graph/model';
import type { AuditAction, AuditTargetKind } from '../../graph/model';

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
