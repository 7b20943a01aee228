import { EXPORT, rule, SAFE } from '../auth/policy';
import type { Feature } from '../feature';
import { operations } from './openapi';
import { questionsRouter } from './router';

export const questionsFeature: Feature = {
  name: 'questions',
  mounts: [{ path: '/questions', router: questionsRouter }],
  operations,
  // Reading an answer is a read; asking for it as a file is an export.
  policy: [{ path: '/questions', methods: SAFE, when: (q) => q.format !== undefined, rule: rule('analyst', EXPORT, { openRead: true }) }],
};
