import { rule, SAFE, UNSAFE } from '../auth/policy';
import type { Feature } from '../feature';
import { operations } from './openapi';
import { casesRouter, followWrites } from './router';

export const casesFeature: Feature = {
  name: 'cases',
  mounts: [
    { path: '/', router: followWrites },
    { path: '/cases', router: casesRouter },
  ],
  operations,
  policy: [
    { path: '/cases', methods: SAFE, rule: rule('viewer', { en: 'reading cases', zh: '查看问题清单' }, { openRead: true }) },
    { path: '/cases', methods: UNSAFE, rule: rule('editor', { en: 'opening and changing cases', zh: '立案与处理问题' }) },
  ],
};
