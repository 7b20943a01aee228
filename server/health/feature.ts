import { rule, SAFE } from '../auth/policy';
import type { Feature } from '../feature';
import { operations } from './openapi';
import { healthRouter } from './router';

export const healthFeature: Feature = {
  name: 'health',
  mounts: [{ path: '/health', router: healthRouter }],
  operations,
  policy: [{ path: '/health', methods: SAFE, rule: rule('public', { en: 'health check', zh: '健康检查' }) }],
};
