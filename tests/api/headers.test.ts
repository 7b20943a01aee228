// Response headers: HSTS only when the app is served over HTTPS (secure cookies on), and API answers,
// which carry data a session may see, never stored by a browser or proxy cache (the static API docs may be).
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../helpers/auth';
import { seededTestServer } from '../helpers/seededServer';
import type { TestServer } from '../helpers/server';

const fx = seededTestServer({ server: { openRead: false } });
let secure: TestServer;
let viewer: ApiClient;

beforeAll(async () => {
  secure = await fx.startServer({ openRead: false, secureCookies: true });
  viewer = await fx.login('viewer');
});

describe('Strict-Transport-Security', () => {
  it('is not sent over plain HTTP (secure cookies off)', async () => {
    for (const path of ['/api/health', '/api/openapi.json', '/']) {
      const response = await fetch(fx.baseUrl + path);
      expect(response.headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('is sent when the app is served behind HTTPS (secure cookies on)', async () => {
    const response = await fetch(`${secure.baseUrl}/api/health`);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});

describe('Cache-Control on API answers', () => {
  it('is no-store on authenticated JSON answers, errors included', async () => {
    for (const path of ['/api/auth/session', '/api/industries', '/api/industries/no-such-industry', '/api/no-such-route', '/api/edit/schema']) {
      const response = await viewer.get(path);
      expect(response.headers.get('content-type'), path).toContain('application/json');
      expect(response.headers.get('cache-control'), `${path} (${response.status})`).toBe('no-store');
    }
  });

  it('is no-store on anonymous API answers too (401, login)', async () => {
    const anonymous = new ApiClient(fx.baseUrl);
    expect((await anonymous.get('/api/industries')).headers.get('cache-control')).toBe('no-store');
    expect((await anonymous.post('/api/auth/login', { username: 'nobody', password: 'wrong-password' })).headers.get('cache-control')).toBe('no-store');
  });

  it('leaves the static API docs cacheable', async () => {
    for (const path of ['/api/openapi.json', '/api/docs']) {
      const response = await fetch(fx.baseUrl + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control') ?? '', path).not.toContain('no-store');
    }
  });
});
