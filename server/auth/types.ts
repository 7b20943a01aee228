// Who is asking: resolved once per request by the security middleware and kept on req.auth.
import type { SessionUser } from '../../graph/model';

export type { SessionUser } from '../../graph/model';

export interface RequestAuth {
  /** The logged-in user, or null for an anonymous request. */
  user: SessionUser | null;
  /** SHA-256 of the session token (the CSRF token is bound to it); null when anonymous. */
  sessionId: string | null;
}

declare module 'express-serve-static-core' {
  interface Request {
    auth?: RequestAuth;
  }
}

export const ANONYMOUS: RequestAuth = { user: null, sessionId: null };
