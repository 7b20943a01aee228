// Mounts every feature's routers under /api, in the order server/features.ts lists them.
import { Router } from 'express';
import type { AppContext } from './context';
import type { Feature } from './feature';

export function apiRouter(context: AppContext, features: readonly Feature[]): Router {
  const router = Router();
  for (const feature of features) {
    for (const mount of feature.mounts) router.use(mount.path, mount.router(context, features));
  }
  return router;
}
