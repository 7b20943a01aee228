// GET /api/related: 延链 candidates for a region (the home city when none is given).
import { Router } from 'express';
import { DEFAULT_COMPARE_CONFIG } from '../compare/input';
import type { AppContext } from '../context';
import { activeGapConfig } from '../gaps/config';
import { resolveScope } from '../gaps/scope';
import { validate, valid } from '../middleware/validate';
import { RelatedQuery } from './schema';
import { relatedView } from './service';

export function relatedRouter({ db }: AppContext): Router {
  const router = Router();
  router.get('/', validate({ query: RelatedQuery }), async (_req, res) => {
    const { region, limit } = valid<typeof RelatedQuery>(res).query;
    const regionId = await resolveScope(db, region);
    // The comparison page's thresholds (the gap configuration's `compare` section), so both rate alike.
    res.json(await relatedView(db, regionId, limit, activeGapConfig().config.compare ?? DEFAULT_COMPARE_CONFIG));
  });
  return router;
}
