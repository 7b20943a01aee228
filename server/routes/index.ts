// Mounts every API resource under /api. Each resource lives in its own folder (router + schema + queries).
import { Router } from 'express';
import type { AppContext } from '../context';
import { validate } from '../middleware/validate';
import { healthRouter } from './health/router';
import { graphRouter } from './graph/router';
import { chainsRouter } from './chains/router';
import { partnersRouter } from './partners/router';
import { gapsRouter } from './gaps/router';
import { questionsRouter } from './questions/router';
import { entitiesRouter } from './entities/router';
import { searchRouter } from './search/router';
import { exportRouter, importRouter } from './exchange/router';
import { docsRouter } from '../openapi/docsPage';
import { buildOpenApiDocument } from '../openapi/document';
import { authRouter } from './auth/router';
import { usersRouter } from './users/router';
import { auditRouter } from './audit/router';
import { editRouter } from './edit/router';
import { consoleRouter } from './console/router';
import { spreadsheetImportRouter } from './import/router';
import { briefingsRouter } from './briefings/router';

export function apiRouter(context: AppContext): Router {
  const router = Router();
  router.use('/health', healthRouter(context));
  router.use('/auth', authRouter(context));
  router.use('/users', usersRouter(context));
  router.use('/audit', auditRouter(context));
  router.use('/edit', editRouter(context));
  router.use('/console', consoleRouter(context));
  router.use('/import', spreadsheetImportRouter(context));
  router.use('/graph', graphRouter(context));
  // Before the generic entity routers, which would otherwise take /industries/:id/…
  router.use('/industries/:id/chain', chainsRouter(context));
  router.use('/partners', partnersRouter(context));
  // Full paths (/gaps…, /industries/:id/gaps, /targets/progress), also before the entity routers.
  router.use(gapsRouter(context));
  router.use('/questions', questionsRouter(context));
  router.use('/search', searchRouter(context));
  router.use('/briefings', briefingsRouter(context));
  router.use('/export', exportRouter(context));
  router.use('/import', importRouter(context));
  router.use('/docs', docsRouter());
  router.use(entitiesRouter(context));
  router.get('/openapi.json', validate({}), (_req, res) => {
    res.json(buildOpenApiDocument());
  });
  return router;
}
