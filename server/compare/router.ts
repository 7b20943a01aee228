// GET /api/compare over HTTP; the work is in service.ts.
import { Router } from 'express';
import type { AppContext } from '../context';
import { validate, valid } from '../middleware/validate';
import { CompareQuery } from './schema';
import { compareRegions } from './service';

export function compareRouter({ db }: AppContext): Router {
  const router = Router();
  router.get('/', validate({ query: CompareQuery }), async (_req, res) => {
    const { regions, industry } = valid<typeof CompareQuery>(res).query;
    res.json(await compareRegions(db, { regions, industry }));
  });
  return router;
}
