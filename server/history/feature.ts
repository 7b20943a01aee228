import type { Feature } from '../feature';
import { operations } from './openapi';
import { historyRouter } from './router';

export const historyFeature: Feature = { name: 'history', mounts: [{ path: '/history', router: historyRouter }], operations, policy: [] };
