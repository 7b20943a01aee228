// GET /api/export and POST /api/import: the whole graph as one versioned JSON document.
// Two routers, so writes (import) can be put behind a login without touching reads.
import { Router } from 'express';
import type { AppContext } from '../context';
import { z } from 'zod';
import { currentUser } from '../auth/middleware';
import { valid } from '../middleware/validate';
import { exportGraph, importGraph } from './';
import { validateQuery } from '../entities/middleware';
import { ImportQuery } from './schema';

export function exportRouter({ db }: AppContext): Router {
  const router = Router();
  router.get('/', validateQuery(z.object({})), async (_req, res) => {
    const doc = await exportGraph(db);
    const day = doc.exportedAt.slice(0, 10);
    res.attachment(`innochain-graph-${day}.json`).json(doc);
  });
  return router;
}

export function importRouter({ db }: AppContext): Router {
  const router = Router();
  router.post(
    '/',
    validateQuery(ImportQuery),
    async (req, res) => {
      const { mode } = valid<typeof ImportQuery>(res).query;
      // The service validates the whole body itself: it is also called outside HTTP.
      res.json(await importGraph(db, req.body as unknown, { mode, username: currentUser(req)?.username ?? 'anonymous' }));
    },
  );
  return router;
}
