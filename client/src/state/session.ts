// Who is logged in and what they may do (GET /api/auth/session), shared by the header, the navigation
// and the views that hide controls a role cannot use (the server enforces the same rules). Logging in
// or out reloads the page, so every view asks again with the new session.
import type { Permissions, Session } from '../../../graph/model';
import { getJson, requestJson } from '../api/client';
import { sendRaw } from '../api/csrf';
import { loadOnce } from './loadOnce';

export type { Permissions, Session, SessionUser } from '../../../graph/model';

export const NO_PERMISSIONS: Permissions = { read: false, console: false, export: false, edit: false, import: false, admin: false };

// If it fails (no session endpoint or no server), the views show their own errors.
const useLoadedSession = loadOnce(async (): Promise<Session> => {
  const body = await getJson<Session>('/api/auth/session');
  return { ...body, permissions: { ...NO_PERMISSIONS, ...body.permissions } };
});

/** The session, or null while it loads. */
export function useSession(): Session | null {
  return useLoadedSession();
}

/** What the visitor may do; nothing until the session is known. */
export function usePermissions(): Permissions {
  return useSession()?.permissions ?? NO_PERMISSIONS;
}

export async function logIn(username: string, password: string): Promise<void> {
  await requestJson('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  window.location.reload();
}

export async function logOut(): Promise<void> {
  await sendRaw('/api/auth/logout', { method: 'POST' });
  window.location.reload();
}
