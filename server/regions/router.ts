// GET /api/regions/:id/profile: a region's gaps, parks, firms by industry and link, and partners;
// GET /api/regions/:id/map: its children with the measures of a tile map.
import { Router } from 'express';
import type { AppContext } from '../context';
import { errors } from '../errors';
import { validate, valid } from '../middleware/validate';
import { regionMap } from './map';
import { regionProfile } from './profile';
import { MapQuery, NoQuery, RegionParams } from './schema';

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

/** Mounted at /regions/:id/map. */
export function regionMapRouter({ db }: AppContext): Router {
  const router = Router({ mergeParams: true });
  router.get('/', validate({ params: RegionParams, query: MapQuery }), async (_req, res) => {
    const { params, query } = valid<typeof MapQuery, typeof RegionParams>(res);
    const map = await regionMap(db, { id: params.id, measure: query.measure, industry: query.industry });
    if (!map) throw errors.notFound('Region / 地区', params.id);
    res.json(map);
  });
  return router;
}
