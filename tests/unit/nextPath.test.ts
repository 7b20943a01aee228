// The login page follows `next` only to a path inside the app.
import { describe, expect, it } from 'vitest';
import { loginPathFor, safeNextPath } from '../../client/src/state/nextPath';

const ORIGIN = 'http://127.0.0.1:5173';

describe('safeNextPath', () => {
  it('keeps an in-app path with its query and hash', () => {
    expect(safeNextPath('/industries/x?node=a&lang=en#top', ORIGIN)).toBe('/industries/x?node=a&lang=en#top');
    expect(safeNextPath('/', ORIGIN)).toBe('/');
  });

  it('refuses anything that leaves the app, and the login page itself', () => {
    for (const raw of [
      null,
      '',
      'industries/x',
      'https://evil.example/',
      '//evil.example/path',
      '/\\evil.example',
      'javascript:alert(1)',
      `${ORIGIN}/industries/x`,
      '/login?next=/partners',
      '/api/auth/logout',
    ]) {
      expect(safeNextPath(raw, ORIGIN), String(raw)).toBeNull();
    }
  });

  it('round-trips through the login URL', () => {
    const path = '/industries/a b?node=x&lang=en';
    const next = new URL(loginPathFor(path), ORIGIN).searchParams.get('next');
    expect(safeNextPath(next, ORIGIN)).toBe('/industries/a%20b?node=x&lang=en');
  });
});
