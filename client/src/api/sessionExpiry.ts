// Remembers that an API call was answered 401 while the page was open (the session ended or was
// cleared): the shell then offers the login page, which returns to the current view.
type Listener = () => void;

const state = { expired: false, listeners: new Set<Listener>() };

/** Answers of the login and session endpoints are the login's own business, not an ended session. */
export function noteUnauthenticated(url: string): void {
  if (state.expired || new URL(url, window.location.origin).pathname.startsWith('/api/auth/')) return;
  state.expired = true;
  for (const listener of state.listeners) listener();
}

export function subscribeSessionExpiry(listener: Listener): () => void {
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

export function sessionExpired(): boolean {
  return state.expired;
}
