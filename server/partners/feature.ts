import type { Feature } from '../feature';
import { operations } from './openapi';
import { partnersRouter } from './router';

export const partnersFeature: Feature = { name: 'partners', mounts: [{ path: '/partners', router: partnersRouter }], operations, policy: [] };
