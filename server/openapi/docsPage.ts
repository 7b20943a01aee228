// GET /api/docs: a browsable API reference (Swagger UI) over /api/openapi.json. Everything is served
// from this origin (swagger-ui-dist from node_modules, no CDN) and without inline script, so it runs
// under helmet's Content-Security-Policy.
import { Router } from 'express';
import { createRequire } from 'node:module';
import path from 'node:path';

const SWAGGER_DIR = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/** The only files of swagger-ui-dist the page needs (its own index.html points at a demo API). */
const ASSETS = ['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png'] as const;

export const DOCS_PATH = '/api/docs';

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>innochain API 参考 · API reference</title>
  <link rel="icon" type="image/png" href="${DOCS_PATH}/favicon-32x32.png">
  <link rel="stylesheet" href="${DOCS_PATH}/swagger-ui.css">
</head>
<body>
  <noscript>本页需要 JavaScript；机器可读的接口说明见 <a href="/api/openapi.json">/api/openapi.json</a>.
    This page needs JavaScript; the machine-readable description is at /api/openapi.json.</noscript>
  <div id="swagger-ui"></div>
  <script src="${DOCS_PATH}/swagger-ui-bundle.js"></script>
  <script src="${DOCS_PATH}/init.js"></script>
</body>
</html>
`;

const INIT = `// Starts Swagger UI on the innochain OpenAPI document.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  });
});
`;

export function docsRouter(): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    res.type('html').send(PAGE);
  });
  router.get('/init.js', (_req, res) => {
    res.type('application/javascript').send(INIT);
  });
  for (const asset of ASSETS) {
    router.get(`/${asset}`, (_req, res) => {
      res.sendFile(path.join(SWAGGER_DIR, asset), { maxAge: '1d' });
    });
  }
  return router;
}
