import type { Feature } from '../feature';
import { operations } from './openapi';
import { compareRouter } from './router';

/** GET /api/compare; read like any view (the default policy). */
export const compareFeature: Feature = { name: 'compare', mounts: [{ path: '/compare', router: compareRouter }], operations, policy: [] };
