import { EXPORT, rule, SAFE, UNSAFE } from '../auth/policy';
import type { Feature } from '../feature';
import { operations } from './openapi';
import { exportRouter, importRouter } from './router';

/** The whole graph out (GET /api/export) and back in (POST /api/import). */
export const exchangeFeature: Feature = {
  name: 'exchange',
  mounts: [
    { path: '/export', router: exportRouter },
    { path: '/import', router: importRouter },
  ],
  operations,
  policy: [
    // Whole-graph import replaces everything: administrators only.
    { path: '/import', exact: true, methods: UNSAFE, rule: rule('admin', { en: 'replacing the whole graph', zh: '整库替换导入' }) },
    { path: '/export', methods: SAFE, rule: rule('analyst', EXPORT, { openRead: true }) },
  ],
};
