// Mounts every API resource under /api. Each resource lives in its own folder (router + schema + queries).
import { Router } from 'express';
import type { AppContext } from '../context';
import { healthRouter } from './health/router';
import { graphRouter } from './graph/router';

export function apiRouter(context: AppContext): Router {
  const router = Router();
  router.use('/health', healthRouter(context));
  router.use('/graph', graphRouter(context));
  return router;
}
