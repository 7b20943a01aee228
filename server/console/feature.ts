import { ANY, rule } from '../auth/policy';
import type { Feature } from '../feature';
import { operations } from './openapi';
import { consoleRouter } from './router';

export const consoleFeature: Feature = {
  name: 'console',
  mounts: [{ path: '/console', router: consoleRouter }],
  operations,
  policy: [{ path: '/console', methods: ANY, rule: rule('analyst', { en: 'the Cypher console', zh: 'Cypher 控制台' }) }],
};
