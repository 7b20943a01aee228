// One middleware in front of every /api route: who is asking (session cookie), may they (policy), and
// is a cookie-authenticated write really from our page (CSRF).
import cookieParser from 'cookie-parser';
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Database } from '../../graph/db/database';
import { authErrors } from '../errors';
import { cookieNames, cookieOptions } from './cookies';
import { createCsrfProtection } from './csrf';
import { isSafeMethod, type AccessPolicy, type AccessRule } from './policy';
import { roleAtLeast } from './roles';
import { sessionUser } from './sessions';
import type { SecuritySettings } from './settings';
import { ANONYMOUS, type RequestAuth } from './types';

export function securityMiddleware(db: Database, settings: SecuritySettings, policy: AccessPolicy): Router {
  const router = Router();
  const csrf = createCsrfProtection(settings);
  const names = cookieNames(settings);
  router.use(cookieParser());
  router.use(async (req: Request, res: Response, next: NextFunction) => {
    req.auth = await resolveAuth(db, req, res, names.session, settings);
    const rule = policy.ruleFor(req.method, req.path, req.query);
    checkAccess(rule, req.auth, settings, req.method);
    if (req.auth.user && !isSafeMethod(req.method) && rule.csrf && !csrf.isValid(req)) throw authErrors.csrf();
    next();
  });
  return router;
}

async function resolveAuth(db: Database, req: Request, res: Response, cookieName: string, settings: SecuritySettings): Promise<RequestAuth> {
  const cookies = req.cookies as Record<string, unknown> | undefined;
  const token = cookies?.[cookieName];
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return ANONYMOUS;
  const found = await sessionUser(db, token);
  if (!found) {
    // A stale cookie (expired, logged out, user disabled): drop it so the client knows.
    res.clearCookie(cookieName, cookieOptions(settings));
    return ANONYMOUS;
  }
  return { user: found.user, sessionId: found.sessionId };
}

function checkAccess(rule: AccessRule, auth: RequestAuth, settings: SecuritySettings, method: string): void {
  if (rule.access === 'public') return;
  if (rule.access === 'deny') throw authErrors.methodNotAllowed(method);
  const openToAll = settings.openRead && rule.openRead;
  if (!auth.user) {
    if (openToAll) return;
    throw authErrors.unauthenticated();
  }
  // In open mode a logged-in viewer may do at least what an anonymous visitor may.
  if (roleAtLeast(auth.user.role, rule.access) || openToAll) return;
  throw authErrors.forbidden(auth.user.role, rule);
}

/** The logged-in user of a request that passed the middleware; routes behind a role rule may rely on it. */
export function currentUser(req: Request): NonNullable<RequestAuth['user']> | null {
  return req.auth?.user ?? null;
}
