// CSRF protection for cookie-authenticated writes (double-submit cookie, HMAC-bound to the session):
// GET /api/auth/csrf (or the login answer) gives a token; every POST/PUT/PATCH/DELETE sends it back
// in the X-CSRF-Token header. A page on another site can neither read the token nor set the header.
import { doubleCsrf } from 'csrf-csrf';
import type { Request, Response } from 'express';
import { cookieNames, cookieOptions } from './cookies';
import type { SecuritySettings } from './settings';

export const CSRF_HEADER = 'x-csrf-token';

export interface CsrfProtection {
  /** A token for this request's session; overwrite after login, when the session changed. */
  issue(req: Request, res: Response, options?: { overwrite?: boolean }): string;
  /** Whether the request carries a token matching its cookie and session. */
  isValid(req: Request): boolean;
}

export function createCsrfProtection(settings: SecuritySettings): CsrfProtection {
  const { generateCsrfToken, validateRequest } = doubleCsrf({
    getSecret: () => settings.csrfSecret,
    getSessionIdentifier: (req) => req.auth?.sessionId ?? 'anonymous',
    cookieName: cookieNames(settings).csrf,
    cookieOptions: cookieOptions(settings),
    getCsrfTokenFromRequest: (req) => {
      const header = req.headers[CSRF_HEADER];
      return typeof header === 'string' ? header : undefined;
    },
  });
  return {
    issue: (req, res, options = {}) => generateCsrfToken(req, res, { overwrite: options.overwrite ?? false }),
    isValid: (req) => validateRequest(req),
  };
}
