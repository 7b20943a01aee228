import type { Feature } from '../feature';
import { operations } from './openapi';
import { relatedRouter } from './router';

export const relatedFeature: Feature = { name: 'related', mounts: [{ path: '/related', router: relatedRouter }], operations, policy: [] };
