// Who may call what, by path and method: each feature lists its rows beside its routes
// (server/<feature>/feature.ts), routers stay free of access checks, and a route nobody listed is still
// protected (reads need a viewer, anything else an editor).
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

export type Method = 'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export const SAFE: readonly Method[] = ['GET', 'HEAD', 'OPTIONS'];
export const UNSAFE: readonly Method[] = ['POST', 'PUT', 'PATCH', 'DELETE'];
export const ANY: readonly Method[] = [...SAFE, ...UNSAFE];

/** One row of the policy; each feature lists its own (server/<feature>/feature.ts). */
export interface PolicyRule {
  /** Path under /api, lower-case; matches itself and everything below it unless exact. */
  path: string;
  exact?: boolean;
  methods: readonly Method[];
  when?: (query: Record<string, unknown>) => boolean;
  rule: AccessRule;
}

export const rule = (access: Access, what: AccessRule['what'], extra: Partial<AccessRule> = {}): AccessRule => ({
  access,
  openRead: false,
  csrf: true,
  what,
  ...extra,
});

export const READ = { en: 'reading', zh: '读取' };
export const EXPORT = { en: 'exporting', zh: '导出' };

/** What no feature claims: reads need a viewer, anything else an editor. */
const DEFAULT_RULES: readonly PolicyRule[] = [
  { path: '/', methods: SAFE, rule: rule('viewer', READ, { openRead: true }) },
  { path: '/', methods: UNSAFE, rule: rule('editor', { en: 'changing data', zh: '修改数据' }) },
];

/**
 * The most specific row wins, whichever feature listed it: exact paths first, then longer paths, then
 * rows with a query condition before the same path without one; the defaults come last.
 */
function bySpecificity(a: PolicyRule, b: PolicyRule): number {
  if (a.path === '/' || b.path === '/') return (a.path === '/' ? 1 : 0) - (b.path === '/' ? 1 : 0);
  return (b.exact ? 1 : 0) - (a.exact ? 1 : 0) || b.path.length - a.path.length || (b.when ? 1 : 0) - (a.when ? 1 : 0);
}

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

function pathMatches(candidate: PolicyRule, path: string): boolean {
  if (candidate.path === '/') return true;
  return path === candidate.path || (!candidate.exact && path.startsWith(`${candidate.path}/`));
}

export interface AccessPolicy {
  /** The rule for a request under /api (path relative to /api). */
  ruleFor(method: string, path: string, query?: Record<string, unknown>): AccessRule;
}

/** The policy made of the features' rows and the defaults. */
export function accessPolicy(featureRules: readonly PolicyRule[]): AccessPolicy {
  const rules = [...featureRules, ...DEFAULT_RULES].sort(bySpecificity);
  return {
    ruleFor(method, path, query = {}) {
      const normalised = normalisePath(path);
      const upper = method.toUpperCase() as Method;
      for (const candidate of rules) {
        if (!candidate.methods.includes(upper)) continue;
        if (!pathMatches(candidate, normalised)) continue;
        if (candidate.when && !candidate.when(query)) continue;
        return candidate.rule;
      }
      return DENY;
    },
  };
}

export function isSafeMethod(method: string): boolean {
  return (SAFE as readonly string[]).includes(method.toUpperCase());
}
