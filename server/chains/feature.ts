import type { Feature } from '../feature';
import { operations } from './openapi';
import { chainsRouter } from './router';

/** An industry's chain; mounted before the entity routers, which would otherwise take /industries/:id/… */
export const chainsFeature: Feature = { name: 'chains', mounts: [{ path: '/industries/:id/chain', router: chainsRouter }], operations, policy: [] };
