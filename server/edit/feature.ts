import { ANY, rule } from '../auth/policy';
import type { Feature } from '../feature';
import { operations } from './openapi';
import { editRouter } from './router';

export const editFeature: Feature = {
  name: 'edit',
  mounts: [{ path: '/edit', router: editRouter }],
  operations,
  policy: [{ path: '/edit', methods: ANY, rule: rule('editor', { en: 'editing', zh: '编辑' }) }],
};
