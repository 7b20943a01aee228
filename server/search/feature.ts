import type { Feature } from '../feature';
import { operations } from './openapi';
import { searchRouter } from './router';

export const searchFeature: Feature = { name: 'search', mounts: [{ path: '/search', router: searchRouter }], operations, policy: [] };
