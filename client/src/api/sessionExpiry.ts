// Remembers that an API call was answered 401 while the page was open (the session ended or was
// cleared): the shell then offers the login page, which returns to the current view.
type Listener = () => void;

const state = { expired: false, signedIn: false, inline: 0, listeners: new Set<Listener>() };

/**
 * Whether the page was loaded with a logged-in user (client/src/state/session.ts says so): only then can
 * a 401 mean the session ended. An anonymous reader's 401 is an ordinary "log in to see this".
 */
export function markSignedIn(signedIn: boolean): void {
  state.signedIn = signedIn;
}

function notify(): void {
  for (const listener of state.listeners) listener();
}

/** Answers of the login and session endpoints are the login's own business, not an ended session. */
export function noteUnauthenticated(url: string): void {
  if (state.expired || !state.signedIn || new URL(url, window.location.origin).pathname.startsWith('/api/auth/')) return;
  state.expired = true;
  notify();
}

/** A note shown in place of a view's error holds the banner back while it is mounted (it would say the same). */
export function holdInlineNote(): () => void {
  state.inline += 1;
  notify();
  return () => {
    state.inline -= 1;
    notify();
  };
}

/** Whether the shell's banner should say it: expired, and no view says it in place. */
export function bannerWanted(): boolean {
  return state.expired && state.inline === 0;
}

export function subscribeSessionExpiry(listener: Listener): () => void {
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

export function sessionExpired(): boolean {
  return state.expired;
}
