// Cookie names and options. With secureCookies the names take the __Host- prefix, which browsers
// accept only over HTTPS, from this host, for path "/".
import type { CookieOptions } from 'express';
import type { SecuritySettings } from './settings';

export function cookieNames(settings: SecuritySettings): { session: string; csrf: string } {
  const prefix = settings.secureCookies ? '__Host-' : '';
  return { session: `${prefix}innochain-session`, csrf: `${prefix}innochain-csrf` };
}

export function cookieOptions(settings: SecuritySettings, expires?: Date): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure: settings.secureCookies,
    path: '/',
    ...(expires ? { expires } : {}),
  };
}
