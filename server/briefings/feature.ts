import { rule } from '../auth/policy';
import type { Feature } from '../feature';
import { operations } from './openapi';
import { briefingsRouter } from './router';

export const briefingsFeature: Feature = {
  name: 'briefings',
  mounts: [{ path: '/briefings', router: briefingsRouter }],
  operations,
  // Building a briefing document changes nothing: a read that happens to be a POST.
  policy: [{ path: '/briefings', exact: true, methods: ['POST'], rule: rule('viewer', { en: 'briefings', zh: '汇报材料' }, { openRead: true }) }],
};
