// One page of the audit log, filtered, newest first, with the total of matching entries.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { AuditEntryDto } from '../auth/audit';
import { readOne, readRows } from '../presenters/rows';
import { nodeNames, snapshotNames, touchedIds } from './names';
import { COUNT_AUDIT, PAGE_AUDIT } from './queries';
import type { AuditPage, AuditQuery } from './schema';

const TotalRow = z.object({ total: z.number() });
/** An entry's stored properties; the DTO check below says whether they make an entry. */
const EntryRow = z.object({ entry: z.record(z.string(), z.unknown()) });
const Target = z.object({ targetKind: z.string(), targetId: z.string(), targetType: z.string().nullable() });

/** Snapshots are stored as JSON text; text that is not JSON is shown as it is. */
function parseSnapshot(text: unknown): unknown {
  if (typeof text !== 'string') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function auditPage(db: Database, q: z.infer<typeof AuditQuery>): Promise<z.infer<typeof AuditPage>> {
  const params = {
    username: q.username ?? null,
    action: q.action ?? null,
    targetKind: q.targetKind ?? null,
    targetId: q.targetId ?? null,
    from: q.from ?? null,
    to: q.to ?? null,
    // Naming a login as the action shows logins whatever the toggle says.
    logins: q.logins === 'show' || q.action === 'auth.login',
    offset: q.offset,
    limit: q.limit,
  };
  const { total, rows, names } = await db.read(async (tx) => {
    const count = readOne(await tx.run(COUNT_AUDIT, params), TotalRow);
    const page = readRows(await tx.run(PAGE_AUDIT, params), EntryRow).map(({ entry }) => ({
      ...entry,
      targetType: entry.targetType ?? null,
      before: parseSnapshot(entry.before),
      after: parseSnapshot(entry.after),
    }));
    const ids = page.flatMap((entry) => touchedIds(Target.parse(entry)));
    return { total: count.total, rows: page, names: await nodeNames(tx, ids) };
  });
  const items = rows.map((row) => {
    const target = Target.parse(row);
    const own = snapshotNames(row.before) ?? snapshotNames(row.after);
    const nodes = touchedIds(target).map((id) => {
      const found = names.get(id) ?? { id, label: null, nameZh: null, nameEn: null, exists: false };
      // A node with no names left in the trail still has this entry's own snapshot.
      return !found.exists && !found.nameZh && !found.nameEn && own && target.targetKind === 'node' ? { ...found, ...own, label: target.targetType } : found;
    });
    return AuditEntryDto.parse({ ...row, nodes });
  });
  return { items, total, offset: q.offset, limit: q.limit };
}
