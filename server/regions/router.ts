// GET /api/regions/:id/profile: a region's gaps, parks, firms by industry and link, and partners.
import { Router } from 'express';
import type { AppContext } from '../context';
import { errors } from '../errors';
import { validate, valid } from '../middleware/validate';
import { regionProfile } from './profile';
import { NoQuery, RegionParams } from './schema';

/** Mounted at /regions/:id/profile, before the generic entity routers that take /regions/:id. */
export function regionsRouter({ db }: AppContext): Router {
  const router = Router({ mergeParams: true });
  router.get('/', validate({ params: RegionParams, query: NoQuery }), async (_req, res) => {
    const { id } = valid<typeof NoQuery, typeof RegionParams>(res).params;
    const profile = await regionProfile(db, id);
    if (!profile) throw errors.notFound('Region / 地区', id);
    res.json(profile);
  });
  return router;
}
