// GET /api/changes: what was recorded since a moment, and what it did to the gaps, scores and targets.
import { Router } from 'express';
import type { AppContext } from '../context';
import { resolveScope } from '../gaps/scope';
import { validate, valid } from '../middleware/validate';
import { ChangesQuery } from './schema';
import { changesView } from './service';

export function changesRouter({ db }: AppContext): Router {
  const router = Router();
  router.get('/', validate({ query: ChangesQuery }), async (_req, res) => {
    const { since, until, region, limit } = valid<typeof ChangesQuery>(res).query;
    const regionId = await resolveScope(db, region);
    res.json(await changesView(db, { since, until, regionId, regionGiven: region !== undefined, limit }));
  });
  return router;
}
