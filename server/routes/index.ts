// Mounts every API resource under /api. Each resource lives in its own folder (router + schema + queries).
import { Router } from 'express';
import type { AppContext } from '../context';
import { healthRouter } from './health/router';
import { graphRouter } from './graph/router';
import { chainsRouter } from './chains/router';
import { buildOpenApiDocument } from '../openapi/document';

export function apiRouter(context: AppContext): Router {
  const router = Router();
  router.use('/health', healthRouter(context));
  router.use('/graph', graphRouter(context));
  // Before the generic entity routers, which would otherwise take /industries/:id/…
  router.use('/industries/:id/chain', chainsRouter(context));
  router.get('/openapi.json', (_req, res) => {
    res.json(buildOpenApiDocument());
  });
  return router;
}
