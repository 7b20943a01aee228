import type { Feature } from '../feature';
import { operations } from './openapi';
import { ANY, rule } from './policy';
import { authRouter } from './router';

export const authFeature: Feature = {
  name: 'auth',
  mounts: [{ path: '/auth', router: authRouter }],
  operations,
  policy: [
    // Logging in creates the session the CSRF token is bound to; SameSite=Strict and a JSON-only body guard it.
    { path: '/auth/login', exact: true, methods: ['POST'], rule: rule('public', { en: 'login', zh: '登录' }, { csrf: false }) },
    // The auth routes check for a session themselves (logout, password change).
    { path: '/auth', methods: ANY, rule: rule('public', { en: 'session', zh: '会话' }) },
  ],
};
