import { READ, rule, SAFE } from '../auth/policy';
import type { Feature } from '../feature';
import { operations } from './openapi';
import { regionMapRouter, regionsRouter } from './router';

/** A region's profile and map; mounted before the entity routers, which would otherwise take /regions/:id/…; read like any view. */
export const regionsFeature: Feature = {
  name: 'regions',
  mounts: [
    { path: '/regions/:id/profile', router: regionsRouter },
    { path: '/regions/:id/map', router: regionMapRouter },
  ],
  operations,
  policy: [{ path: '/regions', methods: SAFE, rule: rule('viewer', READ, { openRead: true }) }],
};
