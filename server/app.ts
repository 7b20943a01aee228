// Builds the Express app: security headers, JSON-lines request log, the API routers, the built client.
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { securityMiddleware, securitySettingsFromEnv } from './auth';
import { redactingLogger } from './auth/logging';
import type { AppContext } from './context';
import { errors } from './errors';
import { logger } from './logger';
import { methodNotAllowed } from './middleware/methodNotAllowed';
import { onError } from './middleware/onError';
import { noStoreApi, rejectEncodedBody, rejectMalformedPath } from './middleware/requestShape';
import { apiRouter } from './api';
import { ACCESS_POLICY, API_ROUTES, FEATURES } from './features';

export const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/client');

export function createApp(context: AppContext, options: { clientDir?: string } = {}): Express {
  const app = express();
  const security = context.security ?? securitySettingsFromEnv();
  const appContext: AppContext = { ...context, security };
  app.disable('x-powered-by');
  if (security.trustProxy > 0) app.set('trust proxy', security.trustProxy);
  app.set('query parser', 'extended');
  app.use(
    helmet({
      // Only when served behind HTTPS (secure cookies on): a browser that once saw it would refuse plain HTTP to this host for a year.
      strictTransportSecurity: security.secureCookies,
      contentSecurityPolicy: {
        directives: {
          // Cytoscape sets inline styles on its canvas container.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
        },
      },
    }),
  );
  app.use(
    pinoHttp({
      logger: redactingLogger(context.logger ?? logger),
      autoLogging: { ignore: (req) => req.url === '/api/health' },
      // One short line per request: no headers, so no cookies or tokens either.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use('/api', noStoreApi);
  app.use(rejectMalformedPath);
  app.use(rejectEncodedBody);
  app.use(express.json({ limit: '5mb' }));
  // A method the path does not take: 405 with Allow, before any login is asked for.
  app.use('/api', methodNotAllowed(API_ROUTES));

  // Sessions, the access policy and CSRF, in front of every API route.
  app.use('/api', securityMiddleware(context.db, security, ACCESS_POLICY));
  app.use('/api', apiRouter(appContext, FEATURES));
  app.use('/api', (req, _res, next) => next(errors.routeNotFound(req.path)));

  const clientDir = options.clientDir ?? CLIENT_DIST;
  if (existsSync(clientDir)) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Client-side routes (bookmarkable views) all serve the app shell.
    app.get('/{*path}', (_req, res) => {
      res.sendFile(path.join(clientDir, 'index.html'));
    });
  }
  app.use(onError);
  return app;
}
