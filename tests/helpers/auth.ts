// Logged-in API clients for tests: a tiny cookie jar, the CSRF header on writes, and users per role.
import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { Database } from '../../graph/db/database';
import type { Role } from '../../server/auth/roles';
import { createUser } from '../../server/auth/users';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

export interface RequestOptions {
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  /** Send the CSRF token on unsafe methods (default true once the client has one). */
  csrf?: boolean;
}

export class ApiClient {
  readonly cookies = new Map<string, string>();
  csrfToken: string | undefined;

  constructor(readonly baseUrl: string) {}

  async request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
    if (unsafe && options.csrf !== false && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    let body = options.body;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    const response = await fetch(this.baseUrl + path, { method, headers, body, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) });
    this.storeCookies(response.headers);
    const text = await response.text();
    let parsed: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('application/json') && text) parsed = JSON.parse(text) as unknown;
    return { status: response.status, body: parsed as T, headers: response.headers, text };
  }

  get<T = unknown>(path: string): Promise<ApiResponse<T>> {
    return this.request<T>('GET', path);
  }

  post<T = unknown>(path: string, json?: unknown, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    return this.request<T>('POST', path, { ...options, json });
  }

  async login(username: string, password: string): Promise<ApiResponse<{ csrfToken?: string }>> {
    const response = await this.post<{ csrfToken?: string }>('/api/auth/login', { username, password });
    if (response.status === 200) this.csrfToken = response.body.csrfToken;
    return response;
  }

  private storeCookies(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=/i.test(a) && new Date(a.split('=')[1] ?? '').getTime() < Date.now());
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

export interface TestUser {
  username: string;
  password: string;
  role: Role;
}

/**
 * bcrypt's lowest cost for the tests' own users: at the product's cost 12 each user and each login took
 * 0.5–1 s of a 2-core CI machine, hundreds of times a run. Users made through the API keep cost 12.
 */
const TEST_BCRYPT_COST = 4;

/** A user with a random password. */
export async function createTestUser(db: Database, role: Role, username = `${role}-${randomBytes(3).toString('hex')}`): Promise<TestUser> {
  const password = `pw-${randomBytes(9).toString('base64url')}`;
  await createUser(db, { username, password, role }, 'test', (p) => bcrypt.hash(p, TEST_BCRYPT_COST));
  return { username, password, role };
}

/** A client logged in as a new user of that role. */
export async function loginAs(baseUrl: string, db: Database, role: Role): Promise<ApiClient & { user: TestUser }> {
  const user = await createTestUser(db, role);
  const client = new ApiClient(baseUrl);
  const response = await client.login(user.username, user.password);
  if (response.status !== 200) throw new Error(`login as ${role} failed: ${response.status} ${response.text}`);
  return Object.assign(client, { user });
}
