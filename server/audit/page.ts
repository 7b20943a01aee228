// One page of the audit log, filtered, newest first, with the total of matching entries.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { AuditEntryDto } from '../auth/audit';
import { readOne, readRows } from '../presenters/rows';
import { COUNT_AUDIT, PAGE_AUDIT } from './queries';
import type { AuditPage, AuditQuery } from './schema';

const TotalRow = z.object({ total: z.number() });
/** An entry's stored properties; the DTO check below says whether they make an entry. */
const EntryRow = z.object({ entry: z.record(z.string(), z.unknown()) });

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
    offset: q.offset,
    limit: q.limit,
  };
  const [count, page] = await db.read(async (tx) => [await tx.run(COUNT_AUDIT, params), await tx.run(PAGE_AUDIT, params)] as const);
  const items = readRows(page, EntryRow).map(({ entry }) =>
    AuditEntryDto.parse({
      ...entry,
      targetType: entry.targetType ?? null,
      before: parseSnapshot(entry.before),
      after: parseSnapshot(entry.after),
    }),
  );
  return { items, total: readOne(count, TotalRow).total, offset: q.offset, limit: q.limit };
}
