// /api/auth: log in and out, the current session, the CSRF token and changing one's own password.
import { Router } from 'express';
import type { z } from 'zod';
import type { Permissions, Role, Session } from '../../graph/model';
import { securityOf } from './context';
import { authErrors } from '../errors';
import { cookieNames, cookieOptions } from './cookies';
import { createCsrfProtection } from './csrf';
import { bodyUsername, failedAttemptsPerUser, loginAttemptsPerIp } from './rateLimit';
import { ROLES, roleAtLeast } from './roles';
import { closeSession, openSession } from './sessions';
import type { SecuritySettings } from './settings';
import type { SessionUser } from './types';
import { changeOwnPassword, checkCredentials } from './users';
import type { AppContext } from '../context';
import { validate, valid } from '../middleware/validate';
import { LoginBody, PasswordChangeBody } from './schema';

export function authRouter(context: AppContext): Router {
  const { db } = context;
  const settings = securityOf(context);
  const csrf = createCsrfProtection(settings);
  const names = cookieNames(settings);
  const router = Router();

  router.get('/session', validate({}), (req, res) => {
    const user = req.auth?.user ?? null;
    const body: Session = {
      user,
      openRead: settings.openRead,
      roles: [...ROLES],
      permissions: permissionsOf(user, settings),
    };
    res.json(body);
  });

  router.get('/csrf', validate({}), (req, res) => {
    res.json({ csrfToken: csrf.issue(req, res), header: 'X-CSRF-Token' });
  });

  router.post(
    '/login',
    loginAttemptsPerIp(settings),
    failedAttemptsPerUser(settings, bodyUsername),
    validate({ body: LoginBody }),
    async (req, res) => {
      const { username, password } = valid<z.ZodNever, z.ZodNever, typeof LoginBody>(res).body;
      const user = await checkCredentials(db, username, password);
      if (!user) throw authErrors.badCredentials();
      // A login replaces any session this browser had.
      if (req.auth?.sessionId) await closeSession(db, req.auth.sessionId);
      const session = await openSession(db, user, settings.sessionHours);
      res.cookie(names.session, session.token, cookieOptions(settings, session.expiresAt));
      req.auth = { user, sessionId: session.sessionId };
      const csrfToken = csrf.issue(req, res, { overwrite: true });
      req.log.info({ username: user.username }, 'login');
      res.json({ user, csrfToken, expiresAt: session.expiresAt.toISOString() });
    },
  );

  router.post('/logout', validate({}), async (req, res) => {
    if (req.auth?.sessionId) await closeSession(db, req.auth.sessionId);
    res.clearCookie(names.session, cookieOptions(settings));
    res.clearCookie(names.csrf, cookieOptions(settings));
    res.status(204).end();
  });

  router.post(
    '/password',
    (req, _res, next) => next(req.auth?.user ? undefined : authErrors.unauthenticated()),
    failedAttemptsPerUser(settings, (req) => req.auth?.user?.username ?? ''),
    validate({ body: PasswordChangeBody }),
    async (req, res) => {
      const { currentPassword, newPassword } = valid<z.ZodNever, z.ZodNever, typeof PasswordChangeBody>(res).body;
      const auth = req.auth;
      if (!auth?.user) throw authErrors.unauthenticated();
      await changeOwnPassword(db, { username: auth.user.username, currentPassword, newPassword, keepSession: auth.sessionId });
      res.status(204).end();
    },
  );

  return router;
}

function permissionsOf(user: SessionUser | null, settings: SecuritySettings): Permissions {
  const has = (role: Role): boolean => user !== null && roleAtLeast(user.role, role);
  return {
    read: settings.openRead || has('viewer'),
    console: has('analyst'),
    export: settings.openRead || has('analyst'),
    edit: has('editor'),
    import: has('editor'),
    admin: has('admin'),
  };
}
