// Access errors with stable codes: the client tells "log in" (401) from "not allowed" (403).
import type { AccessRule } from '../auth/policy';
import { ROLE_NAMES, type Role } from '../auth/roles';
import { AppError } from './appError';

export const authErrors = {
  unauthenticated: () =>
    new AppError(401, 'unauthenticated', 'Log in first', '请先登录', [
      { field: 'session', reason: 'no valid session cookie', reasonZh: '没有有效的登录会话' },
    ]),
  forbidden: (role: Role, rule: AccessRule) =>
    new AppError(
      403,
      'forbidden',
      `Your role (${role}) does not allow ${rule.what.en}` + (rule.access !== 'deny' && rule.access !== 'public' ? `; it needs ${rule.access}` : ''),
      `您的角色（${ROLE_NAMES[role].zh}）无权进行${rule.what.zh}` +
        (rule.access !== 'deny' && rule.access !== 'public' ? `，需要「${ROLE_NAMES[rule.access].zh}」及以上` : ''),
      [{ field: 'role', reason: `needs ${rule.access}`, reasonZh: '权限不足' }],
    ),
  methodNotAllowed: (method: string) =>
    new AppError(405, 'method_not_allowed', `Method ${method} is not allowed`, `不允许 ${method} 请求`),
  csrf: () =>
    new AppError(403, 'csrf_invalid', 'Missing or invalid CSRF token: get one from GET /api/auth/csrf and send it in the X-CSRF-Token header', '缺少或无效的 CSRF 令牌：请从 GET /api/auth/csrf 获取，并放在 X-CSRF-Token 请求头中', [
      { field: 'header.x-csrf-token', reason: 'missing or does not match the session', reasonZh: '缺失或与会话不符' },
    ]),
  badCredentials: () =>
    new AppError(401, 'invalid_credentials', 'Wrong username or password', '用户名或密码错误', [
      { field: 'body.password', reason: 'username and password do not match an enabled account', reasonZh: '用户名与密码不匹配或账号已停用' },
    ]),
  tooManyAttempts: (retryAfterSeconds: number, per: 'ip' | 'username') =>
    new AppError(
      429,
      'too_many_attempts',
      `Too many login attempts ${per === 'ip' ? 'from this address' : 'for this user'}; retry in ${retryAfterSeconds} s`,
      `${per === 'ip' ? '该地址' : '该用户'}登录尝试过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟（${retryAfterSeconds} 秒）后再试`,
      [{ field: per === 'ip' ? 'ip' : 'body.username', reason: `retry after ${retryAfterSeconds} s`, reasonZh: `${retryAfterSeconds} 秒后重试` }],
    ),
  wrongPassword: () =>
    new AppError(400, 'wrong_password', 'The current password is wrong', '当前密码不正确', [
      { field: 'body.currentPassword', reason: 'does not match', reasonZh: '与当前密码不符' },
    ]),
};
