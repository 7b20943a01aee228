// Who may call what, by path and method, in one place: routers stay free of access checks, and a
// route nobody listed is still protected (reads need a viewer, anything else an editor).
import type { Role } from './roles';

export type Access = 'public' | Role | 'deny';

export interface AccessRule {
  access: Access;
  /** In open read-only mode, anonymous visitors may call it too (reads only, never writes). */
  openRead: boolean;
  /** Cookie-authenticated calls with an unsafe method must carry the CSRF token (all but login). */
  csrf: boolean;
  /** Why the rule exists, for error messages and the README. */
  what: { en: string; zh: string };
}

type Method = 'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const SAFE: readonly Method[] = ['GET', 'HEAD', 'OPTIONS'];
const UNSAFE: readonly Method[] = ['POST', 'PUT', 'PATCH', 'DELETE'];
const ANY: readonly Method[] = [...SAFE, ...UNSAFE];

interface Rule {
  /** Path under /api, lower-case; matches itself and everything below it unless exact. */
  path: string;
  exact?: boolean;
  methods: readonly Method[];
  when?: (query: Record<string, unknown>) => boolean;
  rule: AccessRule;
}

const rule = (access: Access, what: AccessRule['what'], extra: Partial<AccessRule> = {}): AccessRule => ({
  access,
  openRead: false,
  csrf: true,
  what,
  ...extra,
});

const READ = { en: 'reading', zh: '读取' };
const EXPORT = { en: 'exporting', zh: '导出' };

/** First match wins. */
export const RULES: readonly Rule[] = [
  { path: '/health', methods: SAFE, rule: rule('public', { en: 'health check', zh: '健康检查' }) },
  { path: '/openapi.json', exact: true, methods: SAFE, rule: rule('public', { en: 'API description', zh: '接口说明' }) },
  { path: '/docs', methods: SAFE, rule: rule('public', { en: 'API reference', zh: '接口文档' }) },
  // Logging in creates the session the CSRF token is bound to; SameSite=Strict and a JSON-only body guard it.
  { path: '/auth/login', exact: true, methods: ['POST'], rule: rule('public', { en: 'login', zh: '登录' }, { csrf: false }) },
  // The auth routes check for a session themselves (logout, password change).
  { path: '/auth', methods: ANY, rule: rule('public', { en: 'session', zh: '会话' }) },
  { path: '/users', methods: ANY, rule: rule('admin', { en: 'managing users', zh: '用户管理' }) },
  { path: '/audit', methods: ANY, rule: rule('admin', { en: 'the audit log', zh: '审计日志' }) },
  // Whole-graph import replaces everything: administrators only.
  { path: '/import', exact: true, methods: UNSAFE, rule: rule('admin', { en: 'replacing the whole graph', zh: '整库替换导入' }) },
  { path: '/console', methods: ANY, rule: rule('analyst', { en: 'the Cypher console', zh: 'Cypher 控制台' }) },
  { path: '/export', methods: SAFE, rule: rule('analyst', EXPORT, { openRead: true }) },
  { path: '/questions', methods: SAFE, when: (q) => q.format !== undefined, rule: rule('analyst', EXPORT, { openRead: true }) },
  { path: '/edit', methods: ANY, rule: rule('editor', { en: 'editing', zh: '编辑' }) },
  { path: '/import', methods: ANY, rule: rule('editor', { en: 'importing', zh: '导入' }) },
  // Building a briefing document changes nothing: a read that happens to be a POST.
  { path: '/briefings', exact: true, methods: ['POST'], rule: rule('viewer', { en: 'briefings', zh: '汇报材料' }, { openRead: true }) },
  { path: '/', methods: SAFE, rule: rule('viewer', READ, { openRead: true }) },
  { path: '/', methods: UNSAFE, rule: rule('editor', { en: 'changing data', zh: '修改数据' }) },
];

const DENY = rule('deny', { en: 'this method', zh: '此请求方法' });

/** Lower-cased, decoded, single slashes: Express matches routes case-insensitively, so must the policy. */
export function normalisePath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as it is; the router will not match it either.
  }
  const collapsed = decoded.toLowerCase().replace(/\/{2,}/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}

function pathMatches(candidate: Rule, path: string): boolean {
  if (candidate.path === '/') return true;
  return path === candidate.path || (!candidate.exact && path.startsWith(`${candidate.path}/`));
}

/** The rule for a request under /api (path relative to /api). */
export function accessRuleFor(method: string, path: string, query: Record<string, unknown> = {}): AccessRule {
  const normalised = normalisePath(path);
  const upper = method.toUpperCase() as Method;
  for (const candidate of RULES) {
    if (!candidate.methods.includes(upper)) continue;
    if (!pathMatches(candidate, normalised)) continue;
    if (candidate.when && !candidate.when(query)) continue;
    return candidate.rule;
  }
  return DENY;
}

export function isSafeMethod(method: string): boolean {
  return (SAFE as readonly string[]).includes(method.toUpperCase());
}
