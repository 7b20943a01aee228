// Who is logged in (GET /api/auth/session), shared by the header and the error messages. Logging in
// or out reloads the page, so every view asks again with the new session.
import { useSyncExternalStore } from 'react';
import { getJson, requestJson } from '../api/client';

export interface SessionUser {
  username: string;
  role: 'viewer' | 'analyst' | 'editor' | 'admin';
  displayName: string | null;
}

export interface Session {
  user: SessionUser | null;
  /** Anonymous visitors may read (open read-only mode). */
  openRead: boolean;
}

let session: Session | null = null;
let loading = false;
const listeners = new Set<() => void>();

function load(): void {
  if (session || loading) return;
  loading = true;
  getJson<Session>('/api/auth/session')
    .then((body) => {
      session = { user: body.user, openRead: body.openRead };
      for (const listener of listeners) listener();
    })
    .catch(() => {
      // No session endpoint or no server: the views show their own errors.
      loading = false;
    });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  load();
  return () => listeners.delete(listener);
}

/** The session, or null while it loads. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, () => session);
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
  const { csrfToken, header } = await getJson<{ csrfToken: string; header: string }>('/api/auth/csrf');
  await requestJson('/api/auth/logout', { method: 'POST', headers: { [header]: csrfToken } });
  window.location.reload();
}
