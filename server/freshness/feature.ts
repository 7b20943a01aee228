import type { Feature } from '../feature';
import { operations } from './openapi';
import { freshnessRouter } from './router';

export const freshnessFeature: Feature = { name: 'freshness', mounts: [{ path: '/freshness', router: freshnessRouter }], operations, policy: [] };
