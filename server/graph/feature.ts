import type { Feature } from '../feature';
import { operations } from './openapi';
import { graphRouter } from './router';

/** Node neighbourhoods for the explorer; reads, under the default policy. */
export const graphFeature: Feature = { name: 'graph', mounts: [{ path: '/graph', router: graphRouter }], operations, policy: [] };
