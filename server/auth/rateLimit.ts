// Login throttling: attempts per client IP, and failed attempts per username, each in a sliding
// window. The 429 says when to retry (Retry-After header, and in the message).
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { authErrors } from '../errors';
import type { SecuritySettings } from './settings';

type LimitedRequest = Request & { rateLimit?: { resetTime?: Date } };

function rejectWith(per: 'ip' | 'username', windowMs: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const reset = (req as LimitedRequest).rateLimit?.resetTime;
    const seconds = Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1000));
    res.setHeader('Retry-After', String(seconds));
    next(authErrors.tooManyAttempts(seconds, per));
  };
}

/** Attempts per client IP, successful or not. */
export function loginAttemptsPerIp(settings: SecuritySettings): RequestHandler {
  const windowMs = settings.login.windowMinutes * 60_000;
  return rateLimit({
    windowMs,
    limit: settings.login.perIp,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: rejectWith('ip', windowMs),
  });
}

/** Failed attempts per account, whoever makes them; a success does not count. */
export function failedAttemptsPerUser(settings: SecuritySettings, usernameOf: (req: Request) => string): RequestHandler {
  const windowMs = settings.login.windowMinutes * 60_000;
  return rateLimit({
    windowMs,
    limit: settings.login.perUsername,
    skipSuccessfulRequests: true,
    standardHeaders: false,
    legacyHeaders: false,
    keyGenerator: (req) => `user:${usernameOf(req)}`,
    handler: rejectWith('username', windowMs),
  });
}

/** The username a login body names, normalised as the login route does. */
export function bodyUsername(req: Request): string {
  const body = req.body as { username?: unknown } | undefined;
  return typeof body?.username === 'string' ? body.username.trim().toLowerCase().slice(0, 100) : '';
}
