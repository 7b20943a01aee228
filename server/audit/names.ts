// The names of the nodes a page of audit entries touched, resolved in one query for the whole page.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { AuditNodeRef } from '../../graph/model';
import { primaryLabel } from '../presenters/entity';
import { parseStoredJson, readRows } from '../presenters/rows';
import { NODE_NAMES } from './queries';

/** What an entry says about its target (the stored properties that matter here). */
export interface TargetOf {
  targetKind: string;
  targetId: string;
  targetType: string | null;
}

/** The node ids an entry touched: the node itself, or a relationship's start and end ("from|TYPE|to"). */
export function touchedIds({ targetKind, targetId, targetType }: TargetOf): string[] {
  if (targetKind === 'node') return [targetId];
  if (targetKind !== 'relationship' || !targetType) return [];
  // Split at the type, not at every "|": an id may hold one.
  const at = targetId.indexOf(`|${targetType}|`);
  if (at < 0) return [];
  return [targetId.slice(0, at), targetId.slice(at + targetType.length + 2)];
}

const Text = z.string().nullable().catch(null);
/** A snapshot's names: a node's properties, or a deleted node's { properties, relationships }. */
const Named = z.object({ nameZh: Text.optional(), nameEn: Text.optional() });
const Snapshot = z.union([z.object({ properties: Named }).transform((s) => s.properties), Named]);

/** Names held in a snapshot (an entry's parsed "before" or "after"), if it holds any. */
export function snapshotNames(snapshot: unknown): { nameZh: string | null; nameEn: string | null } | null {
  const parsed = Snapshot.safeParse(snapshot);
  if (!parsed.success || (!parsed.data.nameZh && !parsed.data.nameEn)) return null;
  return { nameZh: parsed.data.nameZh ?? null, nameEn: parsed.data.nameEn ?? null };
}

const NameRow = z.object({
  id: z.string(),
  exists: z.boolean(),
  labels: z.array(z.string()).nullable(),
  nameZh: z.string().nullable(),
  nameEn: z.string().nullable(),
  lastType: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

/** Each id's node: its current names, or for a node gone since, the last names the audit trail holds. */
export async function nodeNames(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, AuditNodeRef>> {
  const out = new Map<string, AuditNodeRef>();
  if (ids.length === 0) return out;
  const rows = readRows(await tx.run(NODE_NAMES, { ids: [...new Set(ids)] }), NameRow);
  for (const row of rows) {
    if (row.exists) {
      out.set(row.id, { id: row.id, label: primaryLabel(row.labels ?? []), nameZh: row.nameZh, nameEn: row.nameEn, exists: true });
    } else {
      const names = snapshotNames(parseStoredJson(row.before)) ?? snapshotNames(parseStoredJson(row.after));
      out.set(row.id, { id: row.id, label: row.lastType, nameZh: names?.nameZh ?? null, nameEn: names?.nameEn ?? null, exists: false });
    }
  }
  return out;
}
