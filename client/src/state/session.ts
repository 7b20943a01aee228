// Who is logged in and what they may do (GET /api/auth/session), shared by the header, the navigation
// and the views that hide controls a role cannot use (the server enforces the same rules). Logging in
// or out reloads the page, so every view asks again with the new session.
import { useSyncExternalStore } from 'react';
import type { Permissions, Session } from '../../../graph/model';
import { getJson, requestJson } from '../api/client';
import { sendRaw } from '../api/csrf';
import { markSignedIn } from '../api/sessionExpiry';
import { loadOnce } from './loadOnce';

export type { Permissions, Session, SessionUser } from '../../../graph/model';

export const NO_PERMISSIONS: Permissions = { read: false, console: false, export: false, edit: false, import: false, admin: false };

/** Whether asking for the session has failed once: the shell then stops waiting and lets views show their errors. */
const failure = { failed: false, listeners: new Set<() => void>() };

// If it fails (no session endpoint or no server), the views show their own errors.
const useLoadedSession = loadOnce(async (): Promise<Session> => {
  try {
    const body = await getJson<Session>('/api/auth/session');
    markSignedIn(Boolean(body.user));
    return { ...body, permissions: { ...NO_PERMISSIONS, ...body.permissions } };
  } catch (error) {
    failure.failed = true;
    for (const listener of failure.listeners) listener();
    throw error;
  }
});

function subscribeFailure(listener: () => void): () => void {
  failure.listeners.add(listener);
  return () => failure.listeners.delete(listener);
}

/** True once the session has arrived or could not be had: until then the shell shows its loading state. */
export function useSessionSettled(): boolean {
  const session = useLoadedSession();
  const failed = useSyncExternalStore(subscribeFailure, () => failure.failed);
  return session !== null || failed;
}

/** The session, or null while it loads. */
export function useSession(): Session | null {
  return useLoadedSession();
}

/** What the visitor may do; nothing until the session is known. */
export function usePermissions(): Permissions {
  return useSession()?.permissions ?? NO_PERMISSIONS;
}

/** Logs in, then loads `destination` (an in-app path) or reloads the current page. */
export async function logIn(username: string, password: string, destination?: string): Promise<void> {
  await requestJson('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (destination === undefined) window.location.reload();
  else window.location.assign(destination);
}

export async function logOut(): Promise<void> {
  await sendRaw('/api/auth/logout', { method: 'POST' });
  window.location.reload();
}
