import { ANY, rule } from '../auth/policy';
import type { Feature } from '../feature';
import { operations } from './openapi';
import { usersRouter } from './router';

export const usersFeature: Feature = {
  name: 'users',
  mounts: [{ path: '/users', router: usersRouter }],
  operations,
  policy: [{ path: '/users', methods: ANY, rule: rule('admin', { en: 'managing users', zh: '用户管理' }) }],
};
