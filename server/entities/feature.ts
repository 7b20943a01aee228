import type { Feature } from '../feature';
import { operations } from './openapi';
import { entitiesRouter } from './router';

/** Every label's list and detail; last, since its paths are the most general. */
export const entitiesFeature: Feature = { name: 'entities', mounts: [{ path: '/', router: entitiesRouter }], operations, policy: [] };
