// The API describing itself: /api/openapi.json and the reference pages at /api/docs.
import { Router } from 'express';
import { rule, SAFE } from '../auth/policy';
import type { Feature } from '../feature';
import { validate } from '../middleware/validate';
import { docsRouter } from './docsPage';
import { buildOpenApiDocument } from './document';

function openApiRouter(_context: unknown, features: readonly Feature[]): Router {
  const router = Router();
  router.get('/openapi.json', validate({}), (_req, res) => {
    res.json(buildOpenApiDocument(features));
  });
  router.use('/docs', docsRouter());
  return router;
}

export const openApiFeature: Feature = {
  name: 'openapi',
  mounts: [{ path: '/', router: openApiRouter }],
  operations: [],
  policy: [
    { path: '/openapi.json', exact: true, methods: SAFE, rule: rule('public', { en: 'API description', zh: '接口说明' }) },
    { path: '/docs', methods: SAFE, rule: rule('public', { en: 'API reference', zh: '接口文档' }) },
  ],
  undocumentedRoutes: [
    { method: 'get', path: '/api/openapi.json' },
    { method: 'get', path: '/api/docs' },
    { method: 'get', path: '/api/docs/{asset}' },
  ],
};
