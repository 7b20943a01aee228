import type { Feature } from '../feature';
import { operations } from './openapi';
import { gapsRouter } from './router';

/** Full paths (/gaps…, /industries/:id/gaps, /targets/progress), mounted before the entity routers. */
export const gapsFeature: Feature = { name: 'gaps', mounts: [{ path: '/', router: gapsRouter }], operations, policy: [] };
