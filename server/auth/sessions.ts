// Server-side sessions: the browser holds a random token in an httpOnly cookie; Neo4j holds its hash
// and expiry. Logging out deletes the session, so a copied cookie stops working at once.
import type { Database } from '../../graph/db/database';
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

/** The user behind a session token, or null if it is unknown, expired or the account is disabled. */
export async function sessionUser(db: Database, token: string): Promise<{ user: SessionUser; sessionId: string } | null> {
  const sessionId = hashToken(token);
  const result = await db.read((tx) => tx.run(SESSION_USER, { tokenHash: sessionId, now: new Date().toISOString() }));
  const raw = result.records[0]?.get('user') as Record<string, unknown> | undefined;
  if (!raw) return null;
  const role = Role.safeParse(raw.role);
  if (!role.success) return null;
  return {
    sessionId,
    user: { username: String(raw.username), role: role.data, displayName: (raw.displayName as string | null) ?? null },
  };
}

export async function closeSession(db: Database, sessionId: string): Promise<void> {
  await db.write((tx) => tx.run(DELETE_SESSION, { tokenHash: sessionId }));
}
