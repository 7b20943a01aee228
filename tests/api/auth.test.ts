// Access control end to end: sessions, the role policy in closed and open mode, CSRF, login throttling,
// account changes taking effect at once, and that secrets never reach the logs.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestUser, type TestUser } from '../helpers/auth';
import { seededTestServer } from '../helpers/seededServer';
import { startTestServer, type TestServer } from '../helpers/server';
import type { ApiErrorBody as ErrorBody } from '../../graph/model';

const logLines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(chunk.toString('utf8'));
    done();
  },
});
const fx = seededTestServer({ datasets: ['nantong'], server: { openRead: false, logger: pino({ level: 'debug' }, sink) } });
let open: TestServer;

beforeAll(async () => {
  open = await fx.startServer();
});

describe('closed mode: every API call needs a session, except the public ones', () => {
  it('answers anonymous reads and writes with 401 and a bilingual reason', async () => {
    const anonymous = new ApiClient(fx.baseUrl);
    for (const path of ['/api/graph/neighbourhood?id=nantong', '/api/no-such-route', '/api/users', '/api/audit']) {
      const response = await anonymous.get<ErrorBody>(path);
      expect(response.status, path).toBe(401);
      expect(response.body.error.code).toBe('unauthenticated');
      expect(response.body.error.messageZh).toBeTruthy();
    }
    const write = await anonymous.post<ErrorBody>('/api/edit/nodes', { label: 'Industry', properties: {} });
    expect(write.status).toBe(401);
  });

  it('keeps health, the API description and the auth routes public', async () => {
    const anonymous = new ApiClient(fx.baseUrl);
    expect((await anonymous.get('/api/health')).status).toBe(200);
    expect((await anonymous.get('/api/openapi.json')).status).toBe(200);
    const session = await anonymous.get<{ user: unknown; openRead: boolean; permissions: Record<string, boolean> }>('/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ user: null, openRead: false, permissions: { read: false, edit: false } });
  });

  it('matches paths case-insensitively, as Express routes them', async () => {
    const viewer = await fx.login('viewer');
    for (const path of ['/api/USERS', '/api/Users/', '/api//users', '/api/%75sers', '/api/AUDIT']) {
      expect((await viewer.get(path)).status, path).toBe(403);
    }
  });
});

describe('login and logout', () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await createTestUser(fx.db, 'viewer');
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const client = new ApiClient(fx.baseUrl);
    const wrong = await client.login(user.username, `${user.password}x`);
    const unknown = await client.login('no-such-user', user.password);
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect((response.body as unknown as ErrorBody).error.code).toBe('invalid_credentials');
    }
    expect((wrong.body as unknown as ErrorBody).error.message).toBe((unknown.body as unknown as ErrorBody).error.message);
    expect(client.cookies.size).toBe(0);
  });

  it('sets an httpOnly, SameSite=Strict session cookie and stores only its hash', async () => {
    const client = new ApiClient(fx.baseUrl);
    const response = await client.login(user.username.toUpperCase(), user.password);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ user: { username: user.username, role: 'viewer' } });
    expect(response.body.csrfToken).toMatch(/\w+\.\w+/);
    const sessionCookie = response.headers.getSetCookie().find((c) => c.startsWith('innochain-session='));
    expect(sessionCookie).toBeDefined();
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Strict/i);
    expect(sessionCookie).toMatch(/Path=\//);
    expect(sessionCookie).not.toMatch(/Secure/i);
    const token = client.cookies.get('innochain-session') ?? '';
    const stored = await fx.db.read((tx) => tx.run('MATCH (s:Session {username: $u}) RETURN s {.*} AS s', { u: user.username }));
    const values = stored.records.map((r) => JSON.stringify(r.get('s')));
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value).not.toContain(token);

    const session = await client.get<{ user: { username: string } }>('/api/auth/session');
    expect(session.body.user.username).toBe(user.username);
  });

  it('marks cookies Secure when the app is served over HTTPS', async () => {
    const secure = await startTestServer(fx.db, { openRead: false, secureCookies: true });
    try {
      const response = await new ApiClient(secure.baseUrl).login(user.username, user.password);
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('__Host-innochain-session='));
      expect(cookie).toMatch(/Secure/i);
    } finally {
      await secure.close();
    }
  });

  it('deletes the session on logout, so the old cookie no longer works', async () => {
    const client = new ApiClient(fx.baseUrl);
    await client.login(user.username, user.password);
    const cookie = client.cookies.get('innochain-session') ?? '';
    expect((await client.get('/api/graph/neighbourhood?id=nantong')).status).toBe(200);
    const logout = await client.request('POST', '/api/auth/logout');
    expect(logout.status).toBe(204);
    const replay = await fetch(`${fx.baseUrl}/api/graph/neighbourhood?id=nantong`, { headers: { cookie: `innochain-session=${cookie}` } });
    expect(replay.status).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the token, and with a token of another session', async () => {
    const editor = await fx.login('editor');
    const other = await fx.login('editor');
    const body = { label: 'TechField', properties: { id: 'csrf-probe', nameZh: '探针', nameEn: 'Probe' } };
    const without = await editor.request<ErrorBody>('POST', '/api/edit/nodes', { json: body, csrf: false });
    expect(without.status).toBe(403);
    expect(without.body.error.code).toBe('csrf_invalid');
    const foreign = await editor.request<ErrorBody>('POST', '/api/edit/nodes', {
      json: body,
      csrf: false,
      headers: { 'x-csrf-token': other.csrfToken ?? '' },
    });
    expect(foreign.status).toBe(403);
    const count = await fx.db.read((tx) => tx.run("MATCH (n:Entity {id: 'csrf-probe'}) RETURN count(n) AS n"));
    expect(count.records[0]?.get('n')).toBe(0);
  });

  it('gives a token from GET /api/auth/csrf that is accepted', async () => {
    const editor = await fx.login('editor');
    const fresh = await editor.get<{ csrfToken: string }>('/api/auth/csrf');
    expect(fresh.status).toBe(200);
    editor.csrfToken = fresh.body.csrfToken;
    const logout = await editor.request('POST', '/api/auth/logout');
    expect(logout.status).toBe(204);
  });
});

describe('account changes take effect at once', () => {
  it('ends the sessions of a disabled user and applies a new role', async () => {
    const admin = await fx.login('admin');
    const viewer = await fx.login('viewer');
    expect((await viewer.get('/api/graph/neighbourhood?id=nantong')).status).toBe(200);
    const promote = await admin.request('PATCH', `/api/users/${viewer.user.username}`, { json: { role: 'admin' } });
    expect(promote.status).toBe(200);
    // A role change ends the user's sessions: they log in again and get the new role.
    expect((await viewer.get('/api/users')).status).toBe(401);
    await viewer.login(viewer.user.username, viewer.user.password);
    expect((await viewer.get('/api/users')).status).toBe(200);
    const disable = await admin.request('PATCH', `/api/users/${viewer.user.username}`, { json: { disabled: true } });
    expect(disable.status).toBe(200);
    expect((await viewer.get('/api/graph/neighbourhood?id=nantong')).status).toBe(401);
    expect((await viewer.login(viewer.user.username, viewer.user.password)).status).toBe(401);
  });

  it('never leaves the system without an enabled admin', async () => {
    await fx.db.write((tx) => tx.run("MATCH (u:User {role: 'admin'}) SET u.disabled = true"));
    const admin = await fx.login('admin');
    const self = await admin.request<ErrorBody>('PATCH', `/api/users/${admin.user.username}`, { json: { role: 'viewer' } });
    expect(self.status).toBe(409);
    const remove = await admin.request<ErrorBody>('DELETE', `/api/users/${admin.user.username}`);
    expect(remove.status).toBe(409);
  });

  it('lets a user change their own password, checking the current one', async () => {
    const viewer = await fx.login('viewer');
    const wrong = await viewer.post<ErrorBody>('/api/auth/password', { currentPassword: 'nope-nope-nope', newPassword: 'a-new-password-1' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0]?.field).toBe('body.currentPassword');
    const short = await viewer.post<ErrorBody>('/api/auth/password', { currentPassword: viewer.user.password, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.error.details[0]?.field).toBe('body.newPassword');
    const ok = await viewer.post('/api/auth/password', { currentPassword: viewer.user.password, newPassword: 'a-new-password-1' });
    expect(ok.status).toBe(204);
    expect((await new ApiClient(fx.baseUrl).login(viewer.user.username, 'a-new-password-1')).status).toBe(200);
    expect((await new ApiClient(fx.baseUrl).login(viewer.user.username, viewer.user.password)).status).toBe(401);
  });
});

describe('login throttling', () => {
  it('answers 429 with Retry-After after too many failures for one username', async () => {
    const server = await startTestServer(fx.db, { openRead: false, login: { perUsername: 3, perIp: 100 } });
    try {
      const user = await createTestUser(fx.db, 'viewer');
      const client = new ApiClient(server.baseUrl);
      for (let i = 0; i < 3; i++) expect((await client.login(user.username, 'wrong-password')).status).toBe(401);
      // Even the right password is refused until the window passes.
      const limited = await client.login(user.username, user.password);
      expect(limited.status).toBe(429);
      const seconds = Number(limited.headers.get('retry-after'));
      expect(seconds).toBeGreaterThan(0);
      const error = (limited.body as unknown as ErrorBody).error;
      expect(error.code).toBe('too_many_attempts');
      expect(error.message).toContain(`${seconds} s`);
      expect(error.messageZh).toContain('后再试');
      // Another account from the same address is not affected by this one's failures.
      const other = await createTestUser(fx.db, 'viewer');
      expect((await client.login(other.username, other.password)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('answers 429 after too many attempts from one address', async () => {
    const server = await startTestServer(fx.db, { openRead: false, login: { perIp: 2, perUsername: 100 } });
    try {
      const client = new ApiClient(server.baseUrl);
      expect((await client.login('someone', 'wrong-password')).status).toBe(401);
      expect((await client.login('someone-else', 'wrong-password')).status).toBe(401);
      const limited = await client.login('a-third', 'wrong-password');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});

describe('open read-only mode', () => {
  it('lets anonymous visitors read but never write', async () => {
    const anonymous = new ApiClient(open.baseUrl);
    expect((await anonymous.get('/api/graph/neighbourhood?id=nantong')).status).toBe(200);
    const session = await anonymous.get<{ openRead: boolean; permissions: Record<string, boolean> }>('/api/auth/session');
    expect(session.body).toMatchObject({ openRead: true, permissions: { read: true, edit: false, console: false } });
    const write = await anonymous.post<ErrorBody>('/api/edit/nodes', { label: 'TechField', properties: { id: 'x', nameZh: 'x', nameEn: 'x' } });
    expect(write.status).toBe(401);
    expect((await anonymous.post('/api/console/query', { cypher: 'RETURN 1' })).status).toBe(401);
    expect((await anonymous.get('/api/users')).status).toBe(401);
    expect((await anonymous.get('/api/audit')).status).toBe(401);
  });
});

describe('bookkeeping stays out of the knowledge graph', () => {
  it('gives users, sessions and audit entries no :Entity label and no relationships', async () => {
    const result = await fx.db.read((tx) =>
      tx.run(`MATCH (n) WHERE n:User OR n:Session OR n:AuditEntry OR n:SavedQuery OR n:ImportJob
              RETURN count(n) AS internal, count(CASE WHEN n:Entity THEN 1 END) AS entities,
                     sum(COUNT { (n)--() }) AS relationships`),
    );
    const record = result.records[0];
    expect(record?.get('internal')).toBeGreaterThan(0);
    expect(record?.get('entities')).toBe(0);
    expect(record?.get('relationships')).toBe(0);
  });
});

describe('logs', () => {
  it('never contain passwords, session tokens or CSRF tokens', async () => {
    const user = await createTestUser(fx.db, 'editor');
    const client = new ApiClient(fx.baseUrl);
    await client.login(user.username, `${user.password}-wrong`);
    await client.login(user.username, user.password);
    await client.post('/api/auth/password', { currentPassword: user.password, newPassword: `${user.password}-2` });
    await client.request('POST', '/api/auth/logout');
    const log = logLines.join('');
    expect(log).toContain('/api/auth/login');
    for (const secret of [user.password, client.csrfToken ?? 'missing', ...client.cookies.values()]) {
      expect(log).not.toContain(secret);
    }
    expect(log).not.toMatch(/passwordHash|\$2[aby]\$/);
  });
});
