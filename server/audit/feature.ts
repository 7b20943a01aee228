import { ANY, rule } from '../auth/policy';
import type { Feature } from '../feature';
import { operations } from './openapi';
import { auditRouter } from './router';

export const auditFeature: Feature = {
  name: 'audit',
  mounts: [{ path: '/audit', router: auditRouter }],
  operations,
  policy: [{ path: '/audit', methods: ANY, rule: rule('admin', { en: 'the audit log', zh: '审计日志' }) }],
};
