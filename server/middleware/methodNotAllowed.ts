// A path the API has, asked with a method it does not support, is a 405 naming the supported methods
// in `Allow` (RFC 9110); OPTIONS answers them. It runs before the access policy: the route table is
// public (/api/openapi.json), and a method that can never succeed should not first ask for a login.
// Unknown paths go on to the policy and the routers, so a visitor without a session cannot tell an
// unknown route from a protected one, except with a method no route of this API ever takes.
import type { RequestHandler } from 'express';
import { errors } from '../errors';
import type { RouteSpec } from '../feature';

/** Methods some /api route takes, in the order `Allow` lists them; any other method on an unknown path is simply not found. */
const KNOWN_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

interface CompiledRoute {
  pattern: RegExp;
  methods: Set<string>;
}

/** "/api/edit/nodes/{id}" → /^\/edit\/nodes\/[^/]+\/?$/i, relative to the /api mount, case-insensitive like Express. */
function compile(routes: readonly RouteSpec[]): CompiledRoute[] {
  const byPath = new Map<string, Set<string>>();
  for (const { method, path } of routes) {
    const methods = byPath.get(path) ?? new Set<string>();
    methods.add(method.toUpperCase());
    // Express answers HEAD with the GET handler.
    if (method === 'get') methods.add('HEAD');
    byPath.set(path, methods);
  }
  return [...byPath].map(([path, methods]) => {
    const source = path
      .replace(/^\/api/, '')
      .split(/(\{[^}]+\})/)
      .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    return { pattern: new RegExp(`^${source}/?$`, 'i'), methods: new Set([...methods, 'OPTIONS']) };
  });
}

const methodNotAllowedError = errors.methodNotAllowedHere;

/** Mount under /api, before the access policy. */
export function methodNotAllowed(routes: readonly RouteSpec[]): RequestHandler {
  const compiled = compile(routes);
  return (req, res, next) => {
    const allowed = new Set(compiled.filter((route) => route.pattern.test(req.path)).flatMap((route) => [...route.methods]));
    if (allowed.size === 0) {
      next(KNOWN_METHODS.includes(req.method) ? undefined : errors.routeNotFound(req.path));
      return;
    }
    if (allowed.has(req.method) && req.method !== 'OPTIONS') {
      next();
      return;
    }
    const allow = KNOWN_METHODS.filter((method) => allowed.has(method)).join(', ');
    res.setHeader('Allow', allow);
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next(methodNotAllowedError(req.method, allow));
  };
}
