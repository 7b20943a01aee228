import type { OperationSpec } from '../openapi/operation';
import { CsrfBody, LoginBody, LoginResult, PasswordChangeBody, Session } from './schema';

const CSRF_NOTE = 'Cookie-authenticated POST/PUT/PATCH/DELETE calls must send the token from GET /api/auth/csrf (or the login answer) in the X-CSRF-Token header.';

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/auth/session',
    tag: 'auth',
    summary: 'Who is logged in, whether the app is in open read-only mode, and what they may do / 当前会话',
    responses: { 200: { description: 'The session (user null when anonymous)', schema: Session } },
  },
  {
    method: 'get',
    path: '/api/auth/csrf',
    tag: 'auth',
    summary: 'A CSRF token for this session / 获取 CSRF 令牌',
    description: CSRF_NOTE,
    responses: { 200: { description: 'The token; also set as an httpOnly cookie', schema: CsrfBody } },
  },
  {
    method: 'post',
    path: '/api/auth/login',
    tag: 'auth',
    summary: 'Log in with username and password / 登录',
    description:
      'Sets an httpOnly, SameSite=Strict session cookie and answers a CSRF token. Attempts are limited per address and failed attempts per username: 429 with Retry-After. ' +
      CSRF_NOTE,
    body: LoginBody,
    responses: {
      200: { description: 'Logged in', schema: LoginResult },
      401: { description: 'Wrong username or password (same answer for both)' },
      429: { description: 'Too many attempts; Retry-After says when to try again' },
    },
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    tag: 'auth',
    summary: 'Log out: the session is deleted on the server / 退出登录',
    description: CSRF_NOTE,
    responses: { 204: { description: 'Logged out' }, 403: { description: 'Missing CSRF token' } },
  },
  {
    method: 'post',
    path: '/api/auth/password',
    tag: 'auth',
    summary: 'Change your own password; your other sessions end / 修改密码',
    description: CSRF_NOTE,
    body: PasswordChangeBody,
    responses: {
      204: { description: 'Changed' },
      400: { description: 'Current password wrong, or the new one too short' },
      401: { description: 'Not logged in' },
      429: { description: 'Too many wrong current passwords; Retry-After says when to try again' },
    },
  },
];

