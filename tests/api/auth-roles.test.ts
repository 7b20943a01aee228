// Each role against each kind of endpoint, in closed and open mode; bookkeeping kept out of exports
// and search; and the user:add command line.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../server/auth/roles';
import { ApiClient } from '../helpers/auth';
import { seededTestServer } from '../helpers/seededServer';
import { testNeo4j } from '../helpers/graph';
import type { TestServer } from '../helpers/server';

const fx = seededTestServer({ datasets: ['nantong'], server: { openRead: false } });
let open: TestServer;
let industry: string;
let counter = 0;

beforeAll(async () => {
  industry = (await fx.db.read((tx) => tx.run('MATCH (i:Industry) RETURN i.id AS id LIMIT 1'))).records[0]?.get('id') as string;
  open = await fx.startServer();
});

type Kind = 'read' | 'export' | 'console' | 'edit' | 'import' | 'users' | 'audit';
const KINDS: Kind[] = ['read', 'export', 'console', 'edit', 'import', 'users', 'audit'];

async function call(client: ApiClient, kind: Kind): Promise<number> {
  switch (kind) {
    case 'read':
      return (await client.get(`/api/graph/neighbourhood?id=${industry}`)).status;
    case 'export':
      return (await client.get('/api/export')).status;
    case 'console':
      return (await client.post('/api/console/query', { cypher: 'RETURN 1 AS one' })).status;
    case 'edit':
      counter += 1;
      return (await client.post('/api/edit/nodes', { label: 'TechField', properties: { id: `roles-probe-${counter}`, nameZh: '探针', nameEn: 'Probe' } })).status;
    case 'import':
      return (await client.get('/api/import/templates')).status;
    case 'users':
      return (await client.get('/api/users')).status;
    case 'audit':
      return (await client.get('/api/audit')).status;
  }
}

const OK: Record<Kind, number> = { read: 200, export: 200, console: 200, edit: 201, import: 200, users: 200, audit: 200 };
const ALLOWED: Record<Role, Kind[]> = {
  viewer: ['read'],
  analyst: ['read', 'export', 'console'],
  editor: ['read', 'export', 'console', 'edit', 'import'],
  admin: KINDS,
};

describe('closed mode', () => {
  it('answers anonymous calls with 401', async () => {
    const anonymous = new ApiClient(fx.baseUrl);
    for (const kind of KINDS) expect(await call(anonymous, kind), kind).toBe(401);
  });

  it.each(['viewer', 'analyst', 'editor', 'admin'] as const)('%s may do what its role allows, and gets 403 for the rest', async (role) => {
    const client = await fx.login(role);
    for (const kind of KINDS) {
      expect(await call(client, kind), `${role} ${kind}`).toBe(ALLOWED[role].includes(kind) ? OK[kind] : 403);
    }
  });

  it('treats question tables as reads and their downloads as exports', async () => {
    const viewer = await fx.login('viewer');
    const analyst = await fx.login('analyst');
    const list = await viewer.get<{ items: { id: string }[] }>('/api/questions');
    expect(list.status).toBe(200);
    const id = list.body.items[0]?.id ?? '';
    expect((await viewer.get(`/api/questions/${id}`)).status).toBe(200);
    expect((await viewer.get(`/api/questions/${id}?format=csv`)).status).toBe(403);
    expect((await analyst.get(`/api/questions/${id}?format=csv`)).status).toBe(200);
  });

  it('keeps replacing the whole graph to admins', async () => {
    const editor = await fx.login('editor');
    expect((await editor.post('/api/import', { format: 'not-a-graph' })).status).toBe(403);
    const admin = await fx.login('admin');
    // Past the policy, the (deliberately broken) document is refused by the import itself.
    expect((await admin.post('/api/import', { format: 'not-a-graph' })).status).toBe(400);
  });
});

describe('open read-only mode', () => {
  it('lets anonymous visitors read and export, nothing else', async () => {
    const anonymous = new ApiClient(open.baseUrl);
    const expected: Record<Kind, number> = { read: 200, export: 200, console: 401, edit: 401, import: 401, users: 401, audit: 401 };
    for (const kind of KINDS) expect(await call(anonymous, kind), kind).toBe(expected[kind]);
  });
});

describe('bookkeeping stays out of exports and search', () => {
  it('exports and finds no users, sessions or audit entries', async () => {
    const analyst = await fx.login('analyst');
    const exported = await analyst.get('/api/export');
    expect(exported.status).toBe(200);
    expect(exported.text).not.toMatch(/passwordHash|tokenHash|"User"|"Session"|"AuditEntry"/);
    expect(exported.text).not.toContain(analyst.user.username);
    const found = await analyst.get<{ items: unknown[] }>(`/api/search?q=${encodeURIComponent(analyst.user.username)}`);
    expect(found.status).toBe(200);
    expect(found.body.items).toEqual([]);
  });
});

describe('npm run user:add', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  function userAdd(args: string[], stdin: string | null): Promise<{ code: number | null; output: string }> {
    const { uri, password } = testNeo4j();
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server/cli/userAdd.ts'), ...args], {
        cwd: root,
        env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password, NEO4J_USER: 'neo4j' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.stdin.end(stdin ?? '');
      child.once('exit', (code) => resolve({ code, output }));
    });
  }

  it('creates an admin with the password from stdin, never echoing it', async () => {
    const secret = 'cli-admin-password-1';
    const result = await userAdd(['--username', 'cli-admin', '--role', 'admin', '--password-stdin'], `${secret}\n`);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('cli-admin');
    expect(result.output).not.toContain(secret);
    const client = new ApiClient(fx.baseUrl);
    expect((await client.login('cli-admin', secret)).status).toBe(200);
    expect((await client.get('/api/users')).status).toBe(200);
  });

  it('refuses a password on the command line, a short password and an existing user', async () => {
    const inArgv = await userAdd(['--username', 'cli-x', '--role', 'viewer', '--password', 'in-argv-password'], null);
    expect(inArgv.code).toBe(2);
    expect(inArgv.output).toContain('--password-stdin');
    expect(inArgv.output).not.toContain('in-argv-password');
    const short = await userAdd(['--username', 'cli-x', '--role', 'viewer', '--password-stdin'], 'short\n');
    expect(short.code).toBe(2);
    const again = await userAdd(['--username', 'cli-admin', '--role', 'admin', '--password-stdin'], 'another-password-1\n');
    expect(again.code).toBe(1);
    expect(again.output).toContain('--update');
  });
});
