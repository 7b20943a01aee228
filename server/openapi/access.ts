// The 401 and 403 answers of each operation, read from the access policy (server/auth/policy.ts) rather
// than written beside each route, so the document cannot drift from what the middleware refuses.
import { isSafeMethod, type AccessPolicy, type AccessRule } from '../auth/policy';
import { ROLES, ROLE_NAMES, type Role } from '../auth/roles';
import type { OperationSpec } from './operation';

/** Status → description. */
export type AccessResponses = Partial<Record<'401' | '403', string>>;

/** The rules that may apply: the policy can depend on the query (e.g. `format` turns a read into an export). */
function rulesFor(op: OperationSpec, policy: AccessPolicy): AccessRule[] {
  // A placeholder per path parameter: the policy matches prefixes, never parameter values.
  const path = op.path.replace(/^\/api/, '').replace(/\{[^}]+\}/g, 'x');
  const method = op.method.toUpperCase();
  const queries: Record<string, unknown>[] = [{}, ...Object.keys(op.query?.shape ?? {}).map((name) => ({ [name]: 'x' }))];
  const rules = queries.map((query) => policy.ruleFor(method, path, query));
  return rules.filter((rule, index) => rules.indexOf(rule) === index);
}

/** Why the policy can refuse this operation: 401 for a caller without a session, 403 for a role too low or a missing CSRF token. */
export function accessResponses(op: OperationSpec, policy: AccessPolicy): AccessResponses {
  const out: AccessResponses = {};
  const needs: string[] = [];
  let csrf = false;
  for (const rule of rulesFor(op, policy)) {
    if (rule.access === 'public' || rule.access === 'deny') {
      // Public routes that want a session (logout, password) declare their own 401; CSRF still applies.
      csrf ||= rule.access === 'public' && rule.csrf && !isSafeMethod(op.method);
      continue;
    }
    csrf ||= rule.csrf && !isSafeMethod(op.method);
    const role: Role = rule.access;
    if (ROLES.indexOf(role) > 0) needs.push(`${rule.what.en} needs the ${role} role or higher (${ROLE_NAMES[role].zh}及以上)`);
    out['401'] = rule.openRead
      ? 'Not logged in and the server is not in open read-only mode / 未登录（且未开启开放只读模式）'
      : 'Not logged in / 未登录';
  }
  const reasons = [...new Set(needs)];
  if (csrf) reasons.push('a cookie-authenticated call without the X-CSRF-Token header (csrf_invalid)');
  if (reasons.length > 0) out['403'] = `Refused: ${reasons.join('; ')} / 无权访问`;
  return out;
}
