// /api/cases: the 问题清单. Viewers read, editors open and change (the access policy, feature.ts); the
// work is in service.ts. followWrites is mounted before the features that write the graph, so each of
// their writes is followed by the cases (reconcile.ts) without waiting for the next read.
import { Router, type Request } from 'express';
import type { z } from 'zod';
import { chinaToday } from '../../graph/model';
import type { AppContext } from '../context';
import { sendTable } from '../export';
import { validate, valid } from '../middleware/validate';
import { reconcileSoon } from './reconcile';
import { CaseParams, CasesExportQuery, CasesQuery, OpenCaseBody, UpdateCaseBody } from './schema';
import { getCase, listCases, openCase, updateCase } from './service';
import { casesTable } from './table';

/** The editor's name; the access policy lets no anonymous request reach the writes. */
function editor(req: Request): string {
  return req.auth?.user?.username ?? 'unknown';
}

export function casesRouter({ db }: AppContext): Router {
  const router = Router();

  router.get('/', validate({ query: CasesQuery }), async (_req, res) => {
    const items = await listCases(db, valid<typeof CasesQuery>(res).query);
    res.json({ items, total: items.length });
  });

  router.get('/export', validate({ query: CasesExportQuery }), async (_req, res) => {
    const { lang, ...filters } = valid<typeof CasesExportQuery>(res).query;
    const today = chinaToday();
    const table = casesTable(await listCases(db, filters), lang, today);
    await sendTable(res, table, 'xlsx', { name: `${lang === 'zh' ? '问题清单' : 'cases'}-${today}`, asciiName: `innochain-cases-${lang}-${today}` });
  });

  router.post('/', validate({ body: OpenCaseBody }), async (req, res) => {
    const { body } = valid<z.ZodNever, z.ZodNever, typeof OpenCaseBody>(res);
    res.status(201).json({ case: await openCase(db, body, editor(req)) });
  });

  router.get('/:id', validate({ params: CaseParams }), async (_req, res) => {
    const { id } = valid<z.ZodNever, typeof CaseParams>(res).params;
    res.json({ case: await getCase(db, id) });
  });

  router.patch('/:id', validate({ params: CaseParams, body: UpdateCaseBody }), async (req, res) => {
    const { params, body } = valid<z.ZodNever, typeof CaseParams, typeof UpdateCaseBody>(res);
    res.json({ case: await updateCase(db, params.id, body, editor(req)) });
  });

  return router;
}

/** Paths whose writes change the graph the engine reads (edits, spreadsheet and whole-graph imports). */
const GRAPH_WRITES = ['/edit', '/import'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Passes every request on; after a successful graph write, the cases follow their gaps in the background. */
export function followWrites({ db }: AppContext): Router {
  const router = Router();
  router.use((req, res, next) => {
    if (!SAFE_METHODS.has(req.method) && GRAPH_WRITES.some((p) => req.path === p || req.path.startsWith(`${p}/`))) {
      res.on('finish', () => {
        if (res.statusCode < 400) reconcileSoon(db);
      });
    }
    next();
  });
  return router;
}
