// GET /api/audit (admins only, by the access policy): who changed what and when, newest first.
import { Router } from 'express';
import type { z } from 'zod';
import { AuditEntryDto } from '../auth/audit';
import type { AppContext } from '../context';
import { validate, valid } from '../middleware/validate';
import { COUNT_AUDIT, PAGE_AUDIT } from './queries';
import type { AuditPage} from './schema';
import { AuditQuery } from './schema';

function parseSnapshot(text: unknown): unknown {
  if (typeof text !== 'string') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function auditRouter({ db }: AppContext): Router {
  const router = Router();
  router.get('/', validate({ query: AuditQuery }), async (_req, res) => {
    const q = valid<typeof AuditQuery>(res).query;
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
    const items = page.records.map((record) => {
      const entry = record.get('entry') as Record<string, unknown>;
      return AuditEntryDto.parse({
        ...entry,
        targetType: entry.targetType ?? null,
        before: parseSnapshot(entry.before),
        after: parseSnapshot(entry.after),
      });
    });
    const body: z.infer<typeof AuditPage> = { items, total: count.records[0]?.get('total') as number, offset: q.offset, limit: q.limit };
    res.json(body);
  });
  return router;
}
