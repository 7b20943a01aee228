// Server-side sessions: the browser holds a random token in an httpOnly cookie; Neo4j holds its hash
// and expiry. Logging out deletes the session, so a copied cookie stops working at once.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { readFirst } from '../presenters/rows';
import { writeAudit } from './audit';
import { CREATE_SESSION, DELETE_EXPIRED_SESSIONS, DELETE_SESSION, SESSION_USER } from './queries';
import { Role } from './roles';
import { hashToken, newSessionToken } from './tokens';
import type { SessionUser } from './types';

export interface NewSession {
  /** The cookie value: shown to the browser once, never stored or logged. */
  token: string;
  /** Its hash: the session's id in Neo4j and the CSRF binding. */
  sessionId: string;
  expiresAt: Date;
}

export async function openSession(db: Database, user: SessionUser, hours: number): Promise<NewSession> {
  const token = newSessionToken();
  const sessionId = hashToken(token);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  await db.write(async (tx) => {
    // Expired sessions are swept at each login rather than by a timer.
    await tx.run(DELETE_EXPIRED_SESSIONS, { now: now.toISOString() });
    await tx.run(CREATE_SESSION, {
      username: user.username,
      tokenHash: sessionId,
      now: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    });
    await writeAudit(tx, {
      username: user.username,
      action: 'auth.login',
      targetKind: 'session',
      targetId: user.username,
      at: now.toISOString(),
    });
  });
  return { token, sessionId, expiresAt };
}

/**
 * SESSION_USER's row. Whether the role is one of ours is checked below, not here: a role the server no
 * longer knows ends the session (null) instead of failing every request the browser makes.
 */
const SessionUserRow = z.object({
  user: z.object({ username: z.string(), role: z.string(), displayName: z.string().nullable() }),
});

/** The user behind a session token, or null if it is unknown, expired or the account is disabled. */
export async function sessionUser(db: Database, token: string): Promise<{ user: SessionUser; sessionId: string } | null> {
  const sessionId = hashToken(token);
  const result = await db.read((tx) => tx.run(SESSION_USER, { tokenHash: sessionId, now: new Date().toISOString() }));
  const user = readFirst(result, SessionUserRow)?.user;
  if (!user) return null;
  const role = Role.safeParse(user.role);
  if (!role.success) return null;
  return { sessionId, user: { username: user.username, role: role.data, displayName: user.displayName } };
}

export async function closeSession(db: Database, sessionId: string): Promise<void> {
  await db.write((tx) => tx.run(DELETE_SESSION, { tokenHash: sessionId }));
}
