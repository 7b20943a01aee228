// Where the login page goes after a login (/login?next=…): only a path inside this app, never another
// site, so a crafted link cannot use the login page to send someone elsewhere.

export const LOGIN_PATH = '/login';

/**
 * The in-app path (pathname, query and hash) that `raw` names on `origin`, or null when it is absent,
 * leaves the origin (https://…, //host, /\host, javascript:…) or points back at the login page.
 */
export function safeNextPath(raw: string | null, origin: string): string | null {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin || url.pathname === LOGIN_PATH || url.pathname.startsWith('/api/')) return null;
  return url.pathname + url.search + url.hash;
}

/** The login page's URL for a visitor who wanted `path` (pathname + query + hash). */
export function loginPathFor(path: string): string {
  return `${LOGIN_PATH}?next=${encodeURIComponent(path)}`;
}
