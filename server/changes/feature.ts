import type { Feature } from '../feature';
import { operations } from './openapi';
import { changesRouter } from './router';

export const changesFeature: Feature = { name: 'changes', mounts: [{ path: '/changes', router: changesRouter }], operations, policy: [] };
